package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.mail.MailProperties;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.domain.OrderEvent.Kind;
import fr.openip.myopenip.paperwork.TerminationLetters;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;

/**
 * "Annuler la résiliation": until the day before its date, a termination in progress may
 * be withdrawn. The reseller asks for it (the order desk is told, the order shows the
 * request), the order desk does it — or does it on its own: the termination order is
 * Annulée, its sheets and the units they were ending go back to Livrée, the OC reads
 * Livrée again with what it was; the history says so and both sides are mailed. On or
 * after the termination's date it is refused with the reason.
 */
@Service
public class TerminationWithdrawal {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ContractedOfferRepository offers;

	private final CustomerOrderRepository orders;

	private final OrderEventRepository events;

	private final MailOutbox outbox;

	private final MailProperties mail;

	private final TerminationLetters letters;

	private final Clock clock;

	TerminationWithdrawal(ContractedOfferRepository offers, CustomerOrderRepository orders, OrderEventRepository events,
			MailOutbox outbox, MailProperties mail, TerminationLetters letters, Clock clock) {
		this.letters = letters;
		this.offers = offers;
		this.orders = orders;
		this.events = events;
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
	}

	/** The reseller asks the order desk to withdraw the OC's termination in progress. */
	@Transactional
	public CustomerOrder ask(long offerId) {
		ContractedOffer offer = this.offers.findForUpdate(offerId)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", offerId));
		CustomerOrder order = offer.getCurrentOrderId() == null ? null
				: this.orders.findForUpdate(offer.getCurrentOrderId()).orElse(null);
		if (order == null || order.getType() != OrderType.TERMINATION || order.isClosed()) {
			throw new BusinessRuleException("termination.error.noneInProgress", offer.getNumber());
		}
		requireBeforeItsDate(order);
		if (order.getWithdrawalAskedAt() != null) {
			throw new BusinessRuleException("termination.error.withdrawalAsked", order.getNumber());
		}
		order.askWithdrawal(this.clock.instant());
		this.events
			.save(new OrderEvent(offer, order, null, Kind.TERMINATION_WITHDRAWAL_ASKED, OrderDesk.currentUser()));
		queue(this.mail.orderDesk(), "termination.mail.asked", order, offer);
		return order;
	}

	/** The order desk withdraws the termination: Annulée, the OC delivered again. */
	@Transactional
	public CustomerOrder withdraw(long orderId) {
		CustomerOrder order = this.orders.findForUpdate(orderId)
			.orElseThrow(() -> new NotFoundException("Order", orderId));
		if (order.getType() != OrderType.TERMINATION) {
			throw new BusinessRuleException("termination.error.notATermination", order.getNumber());
		}
		order.requireOpen();
		requireBeforeItsDate(order);
		ContractedOffer offer = this.offers.findForUpdate(order.getContractedOfferId()).orElseThrow();
		List<OrderedSheet> sheets = this.orders.findSheets(orderId);
		sheets.forEach(OrderedSheet::withdrawTermination);
		order.withdraw();
		offer.follow(order);
		this.events.save(new OrderEvent(offer, order, null, Kind.TERMINATION_WITHDRAWN, OrderDesk.currentUser())
			.states(OrderState.TERMINATING, OrderState.DELIVERED));
		this.letters.withdraw(offer.getNumber());
		queue(order.getResellerEmail(), "termination.mail.withdrawn", order, offer);
		queue(this.mail.orderDesk(), "termination.mail.withdrawn", order, offer);
		return order;
	}

	/** A termination is withdrawn before its date, never on or after it. */
	private void requireBeforeItsDate(CustomerOrder order) {
		LocalDate today = PortalClock.today(this.clock);
		if (order.getEffectiveOn() != null && !today.isBefore(order.getEffectiveOn())) {
			throw new BusinessRuleException("termination.error.withdrawTooLate", order.getNumber(),
					order.getEffectiveOn().format(DAY));
		}
	}

	private void queue(String recipient, String key, CustomerOrder order, ContractedOffer offer) {
		if (recipient == null || recipient.isBlank()) {
			return;
		}
		Object[] arguments = { order.getNumber(), order.getClientName(), order.getOfferName(), offer.getNumber(),
				order.getEffectiveOn() == null ? "" : order.getEffectiveOn().format(DAY) };
		this.outbox.queueMessage(recipient, key, arguments);
	}

}
