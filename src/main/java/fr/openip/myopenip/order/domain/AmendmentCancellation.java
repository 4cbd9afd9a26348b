package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.OrderEvent.Kind;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;

/**
 * "Annuler l'ajout / réduction": the order desk cancels an amendment in progress before
 * it is delivered. The units it adds are cancelled (by the sheets' table: a delivered one
 * refuses it), the units it takes away are live again (back to Livrée, as a withdrawn
 * termination's); the OC keeps its quantities and the client its numbers (nothing was
 * delivered, nothing provisioned or taken away), and reads Livrée with its blue pencil
 * again. The history says so and the reseller is mailed.
 */
@Service
public class AmendmentCancellation {

	private final ContractedOfferRepository offers;

	private final CustomerOrderRepository orders;

	private final OrderEventRepository events;

	private final MailOutbox outbox;

	private final Clock clock;

	AmendmentCancellation(ContractedOfferRepository offers, CustomerOrderRepository orders, OrderEventRepository events,
			MailOutbox outbox, Clock clock) {
		this.offers = offers;
		this.orders = orders;
		this.events = events;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public CustomerOrder cancel(long orderId) {
		CustomerOrder order = this.orders.findForUpdate(orderId)
			.orElseThrow(() -> new NotFoundException("Order", orderId));
		if (order.getType() != OrderType.AMENDMENT) {
			throw new BusinessRuleException("amendment.error.notAnAmendment", order.getNumber());
		}
		order.requireOpen();
		ContractedOffer offer = this.offers.findForUpdate(order.getContractedOfferId()).orElseThrow();
		LocalDate today = PortalClock.today(this.clock);
		List<OrderedSheet> sheets = this.orders.findSheets(orderId);
		for (OrderedSheet sheet : sheets) {
			if (sheet.isRemoval()) {
				sheet.withdrawTermination();
			}
			else if (sheet.getState() != SheetState.CANCELLED && sheet.getState() != SheetState.DELIVERY_IMPOSSIBLE) {
				sheet.moveTo(SheetState.CANCELLED, today, false);
			}
		}
		OrderState before = offer.getState();
		order.withdraw();
		offer.follow(order);
		this.events.save(new OrderEvent(offer, order, null, Kind.AMENDMENT_CANCELLED, OrderDesk.currentUser())
			.states(before, offer.getState()));
		if (order.getResellerEmail() != null && !order.getResellerEmail().isBlank()) {
			Object[] arguments = { order.getNumber(), order.getClientName(), order.getOfferName(), offer.getNumber() };
			this.outbox.queueMessage(order.getResellerEmail(), "amendment.mail.cancelled", arguments);
		}
		return order;
	}

}
