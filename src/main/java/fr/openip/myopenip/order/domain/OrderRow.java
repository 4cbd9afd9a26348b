package fr.openip.myopenip.order.domain;

import java.time.Instant;
import java.time.LocalDate;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/** A line of the order desk's queue ("Commandes"). */
public record OrderRow(long id, String number, OrderType type, OrderState state, Instant depositedAt,
		LocalDate deliveredOn, String clientName, Long ownerId, String offerName, long contractedOfferId,
		String advPilot, String productionPilot) implements ListRow {

	static final ListRows<OrderRow> ROWS = ListRows.of(OrderRow.class,
			"new fr.openip.myopenip.order.domain.OrderRow(o.id, o.number, o.type, o.state, o.depositedAt,"
					+ " o.deliveredOn, o.clientName, o.ownerId, o.offerName, o.contractedOfferId, o.advPilot,"
					+ " o.productionPilot)",
			"");

}
