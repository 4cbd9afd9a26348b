package fr.openip.myopenip.order.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.OrderEvent.Kind;
import fr.openip.myopenip.paperwork.TerminationLetters;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantPrincipal;

/**
 * "Résilier" a delivered OC (SPEC §5): at a date the offer's notice allows, after saying
 * what the engagement still owes; it places a termination order whose sheets the order
 * desk moves to "Résiliation en cours", then "Résiliée" — the OC then reads "Résiliée" —
 * and draws the termination letter the client signs ("Formulaires").
 */
@Service
public class Termination {

	/** How far ahead a termination may be asked. */
	static final int MAX_YEARS_AHEAD = 10;

	/**
	 * What terminating at {@code date} costs: the months of engagement left after it (a
	 * month begun is owed) at the OC's monthly price, and the offer's termination fee.
	 *
	 * @param earliest the first date the notice allows
	 * @param commitmentEnd the end of the engagement, or null when there is none
	 */
	public record Estimate(LocalDate date, LocalDate earliest, int noticeMonths, LocalDate commitmentEnd,
			long monthsOwed, BigDecimal monthly, BigDecimal fee) {

		public BigDecimal owed() {
			return this.monthly.multiply(BigDecimal.valueOf(this.monthsOwed)).add(this.fee);
		}

	}

	private final ContractedOfferRepository offers;

	private final CustomerOrderRepository orders;

	private final OrderEventRepository events;

	private final Catalogue catalogue;

	private final EntityManager entities;

	private final TerminationLetters letters;

	private final Clock clock;

	Termination(ContractedOfferRepository offers, CustomerOrderRepository orders, OrderEventRepository events,
			Catalogue catalogue, EntityManager entities, TerminationLetters letters, Clock clock) {
		this.letters = letters;
		this.offers = offers;
		this.orders = orders;
		this.events = events;
		this.catalogue = catalogue;
		this.entities = entities;
		this.clock = clock;
	}

	/** Whether the OC may be terminated now: delivered, nothing else in progress. */
	public static boolean possible(ContractedOffer offer) {
		return offer.getState() == OrderState.DELIVERED;
	}

	/**
	 * What terminating the OC at {@code date} (or at the earliest date, when null) costs.
	 * @throws BusinessRuleException when the OC may not be terminated, or not then
	 */
	@Transactional(readOnly = true)
	public Estimate estimate(long offerId, LocalDate date) {
		ContractedOffer offer = this.offers.findById(offerId)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", offerId));
		return estimate(offer, date);
	}

	private Estimate estimate(ContractedOffer offer, LocalDate date) {
		if (!possible(offer)) {
			throw new BusinessRuleException("termination.error.notDelivered", offer.getNumber());
		}
		OfferView terms = this.catalogue.offer(offer.getOfferId()).orElseThrow();
		if (!terms.terminationAllowed()) {
			throw new BusinessRuleException("termination.error.notAllowed", terms.name());
		}
		LocalDate today = PortalClock.today(this.clock);
		int notice = terms.noticeMonths() == null ? 0 : terms.noticeMonths();
		LocalDate earliest = today.plusMonths(notice);
		LocalDate asked = date == null ? earliest : date;
		if (asked.isBefore(earliest)) {
			throw new BusinessRuleException("termination.error.beforeNotice",
					earliest.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), notice);
		}
		if (asked.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
			throw new BusinessRuleException("termination.error.tooFar", MAX_YEARS_AHEAD);
		}
		LocalDate end = (offer.getCommitmentMonths() > 0 && offer.getDeliveredOn() != null)
				? offer.getDeliveredOn().plusMonths(offer.getCommitmentMonths()) : null;
		long months = Commitment.monthsOwed(asked, end);
		BigDecimal monthly = this.offers.findSheets(offer.getId())
			.stream()
			.filter((sheet) -> sheet.getState() == SheetState.DELIVERED)
			.map(ContractedSheet::getMonthlyClient)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal fee = terms.terminationFee() == null ? BigDecimal.ZERO : terms.terminationFee();
		return new Estimate(asked, earliest, notice, end, months, monthly, fee);
	}

	/**
	 * Asks for the termination of the OC at {@code date}: a termination order "En cours
	 * de résiliation" with one ordered sheet per delivered contracted sheet.
	 * @throws ObjectOptimisticLockingFailureException when the OC changed since the page
	 */
	@Transactional
	public CustomerOrder request(long offerId, long expectedVersion, LocalDate date) {
		ContractedOffer offer = this.offers.findForUpdate(offerId)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", offerId));
		if (offer.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ContractedOffer.class, offerId);
		}
		Estimate estimate = estimate(offer, date);
		CustomerOrder previous = offer.getCurrentOrderId() == null ? null
				: this.orders.findById(offer.getCurrentOrderId()).orElse(null);
		CustomerOrder order = this.orders
			.saveAndFlush(new CustomerOrder(offer, this.clock.instant(), resellerEmail(previous), estimate.date()));
		int sheets = this.entities.createNativeQuery(
				"""
						insert into ordered_sheet (owner_id, order_id, contracted_sheet_id, number, state, created_at, updated_at)
						select owner_id, :order, id, 'CFP' || nextval('ordered_sheet_number_seq'), 'DELIVERED', :now, :now
						from contracted_sheet where contracted_offer_id = :offer and state = 'DELIVERED' order by id""")
			.setParameter("order", order.getId())
			.setParameter("offer", offer.getId())
			.setParameter("now", this.clock.instant())
			.executeUpdate();
		if (sheets == 0) {
			// nothing live to end: an order the desk could never finish (the transaction
			// is
			// rolled back, the order with it)
			throw new BusinessRuleException("termination.error.notDelivered", offer.getNumber());
		}
		offer.follow(order);
		this.events.save(new OrderEvent(offer, order, null, Kind.TERMINATION_REQUESTED, OrderDesk.currentUser())
			.states(OrderState.DELIVERED, OrderState.TERMINATING)
			.comment(estimate.date().toString()));
		// the letter the client signs, among the forms of the OC's quote
		this.letters.draw(new TerminationLetters.Letter(offer.getOwnerId(), offer.getQuoteId(),
				offer.getQuoteReference(), offer.getClientId(), offer.getClientName(), offer.getNumber(),
				offer.getOfferName(), offer.getSiteName(), estimate.date(), order.getResellerEmail()));
		return order;
	}

	private static String resellerEmail(CustomerOrder previous) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.getPrincipal() instanceof TenantPrincipal principal && principal.isTenantRestricted()
				&& principal.getEmail() != null) {
			return principal.getEmail();
		}
		return previous == null ? null : previous.getResellerEmail();
	}

}
