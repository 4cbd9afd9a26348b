package fr.openip.myopenip.order.domain;

import java.time.Instant;
import java.time.LocalDate;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A line of the order desk's queue ("Commandes"), with what calls for the desk's
 * attention: a porting corrected by the reseller, a termination's withdrawal asked.
 */
public record OrderRow(long id, String number, OrderType type, OrderState state, Instant depositedAt,
		LocalDate deliveredOn, String clientName, Long ownerId, String offerName, long contractedOfferId,
		String advPilot, String productionPilot, Instant portingCorrectedAt, Instant withdrawalAskedAt,
		LocalDate dueOn) implements ListRow {

	static final ListRows<OrderRow> ROWS = ListRows.of(OrderRow.class,
			"new fr.openip.myopenip.order.domain.OrderRow(o.id, o.number, o.type, o.state, o.depositedAt,"
					+ " o.deliveredOn, o.clientName, o.ownerId, o.offerName, o.contractedOfferId, o.advPilot,"
					+ " o.productionPilot, o.portingCorrectedAt, o.withdrawalAskedAt, o.dueOn)",
			"");

	/** Whether it is closed: Livrée, Annulée or Résiliée. */
	public boolean closed() {
		return this.state == OrderState.DELIVERED || this.state == OrderState.CANCELLED
				|| this.state == OrderState.TERMINATED;
	}

	/** Whether the reseller asked to withdraw this termination, still open. */
	public boolean withdrawalPending() {
		return this.withdrawalAskedAt != null && this.state != OrderState.CANCELLED
				&& this.state != OrderState.TERMINATED;
	}

}
