package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.order.OrderDelivered;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.OrderEvent.Kind;
import fr.openip.myopenip.shared.Actors;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * The order desk's work on an order: "Prendre en charge", the production pilot, and the
 * moves of its product sheets — their state (as {@link SheetTransitions} allows), their
 * planned delivery date, a comment — on one sheet or several at once. Each order is
 * worked one move at a time (its row is locked), and a move made from a page older than a
 * sheet is refused (the versions differ): nobody's change is lost. The order's and the
 * OC's état follow the sheets; every change is written to the OC's history; the reseller
 * hears by mail of the sheets that wait for it and of the delivery.
 */
@Service
public class OrderDesk {

	/** The first and last year a planned delivery date may fall in. */
	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2199;

	/** What the order desk asks of the selected sheets; any part may be absent. */
	public record SheetMove(Map<Long, Long> sheetVersions, SheetState target, LocalDate plannedDelivery,
			String comment) {
	}

	private final CustomerOrderRepository orders;

	private final ContractedOfferRepository offers;

	private final OrderEventRepository events;

	private final MailOutbox outbox;

	private final Clock clock;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher publisher;

	OrderDesk(CustomerOrderRepository orders, ContractedOfferRepository offers, OrderEventRepository events,
			MailOutbox outbox, Clock clock, ApplicationEventPublisher publisher, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.publisher = publisher;
		this.orders = orders;
		this.offers = offers;
		this.events = events;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** "Prendre en charge": the user becomes the order's Pilote ADV. */
	@Transactional
	public CustomerOrder take(long orderId) {
		CustomerOrder order = locked(orderId);
		order.take(currentUser(), Actors.currentEmail());
		ContractedOffer offer = offerOf(order);
		List<SheetState> states = this.orders.findSheets(orderId).stream().map(OrderedSheet::getState).toList();
		OrderState before = order.getState();
		order.follow(states, today(), this.workingDays);
		offer.follow(order);
		this.events
			.save(new OrderEvent(offer, order, null, Kind.TAKEN, currentUser()).states(before, order.getState()));
		return order;
	}

	/** "Pilote production": who builds the order, or nobody. */
	@Transactional
	public CustomerOrder productionPilot(long orderId, long expectedVersion, String pilot) {
		CustomerOrder order = locked(orderId);
		order.requireOpen();
		if (order.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(CustomerOrder.class, orderId);
		}
		String name = pilot == null || pilot.isBlank() ? null : pilot.strip();
		if (name != null && name.length() > 100) {
			throw new BusinessRuleException("order.error.pilotTooLong");
		}
		order.productionPilot(name);
		this.events
			.save(new OrderEvent(offerOf(order), order, null, Kind.PRODUCTION_PILOT, currentUser()).comment(name));
		return order;
	}

	/**
	 * Applies {@code move} to the selected sheets of the order, all or none: one sheet
	 * the table does not let go where asked refuses the whole move.
	 * @throws ObjectOptimisticLockingFailureException when a sheet changed since the page
	 * was read
	 */
	@Transactional
	public CustomerOrder move(long orderId, SheetMove move) {
		validate(move);
		CustomerOrder order = locked(orderId);
		order.requireOpen();
		if (order.getAdvPilot() == null) {
			throw new BusinessRuleException("order.error.notTaken", order.getNumber());
		}
		ContractedOffer offer = offerOf(order);
		List<OrderedSheet> sheets = this.orders.findSheets(orderId);
		List<OrderedSheet> selected = new ArrayList<>();
		for (OrderedSheet sheet : sheets) {
			Long version = move.sheetVersions().get(sheet.getId());
			if (version != null) {
				if (version != sheet.getVersion()) {
					throw new ObjectOptimisticLockingFailureException(OrderedSheet.class, sheet.getId());
				}
				selected.add(sheet);
			}
		}
		if (selected.size() != move.sheetVersions().size()) {
			// a sheet of another order, or of nobody this user may see
			throw new NotFoundException("OrderedSheet", move.sheetVersions().keySet());
		}
		String actor = currentUser();
		LocalDate today = today();
		boolean waitsForTheReseller = false;
		for (OrderedSheet sheet : selected) {
			if (move.target() != null && move.target() != sheet.getState()) {
				SheetState from = sheet.getState();
				sheet.moveTo(move.target(), today, order.getType() == OrderType.TERMINATION);
				this.events.save(new OrderEvent(offer, order, sheet.getNumber(), Kind.SHEET_STATE, actor)
					.states(from, move.target())
					.comment(move.comment()));
				waitsForTheReseller |= sheet.needsTheReseller();
			}
			if (move.plannedDelivery() != null && !move.plannedDelivery().equals(sheet.getPlannedDelivery())) {
				sheet.plan(move.plannedDelivery());
				this.events.save(new OrderEvent(offer, order, sheet.getNumber(), Kind.SHEET_PLANNED, actor)
					.planned(move.plannedDelivery()));
			}
			if (move.comment() != null) {
				sheet.comment(move.comment());
			}
			if (move.target() == null && move.comment() != null) {
				this.events.save(new OrderEvent(offer, order, sheet.getNumber(), Kind.SHEET_COMMENT, actor)
					.comment(move.comment()));
			}
		}
		if (order.getPortingCorrectedAt() != null) {
			order.correctionsSeen(
					sheets.stream().anyMatch((sheet) -> sheet.getContracted().getPortingCorrectedAt() != null));
		}
		OrderState before = order.getState();
		if (order.follow(sheets.stream().map(OrderedSheet::getState).toList(), today, this.workingDays)) {
			this.events
				.save(new OrderEvent(offer, order, null, Kind.ORDER_STATE, actor).states(before, order.getState()));
		}
		offer.follow(order);
		if (waitsForTheReseller) {
			tellTheReseller(order, offer, "order.mail.waiting", selected);
		}
		if (before != order.getState()
				&& (order.getState() == OrderState.DELIVERED || order.getState() == OrderState.TERMINATED)) {
			tellTheReseller(order, offer, "order.mail.delivered", selected);
			if (order.getType() == OrderType.AMENDMENT) {
				recordAmendment(order, offer, sheets, actor);
			}
			this.publisher.publishEvent(delivered(order, offer, sheets));
		}
		return order;
	}

	/**
	 * What listeners hear of a delivered order: its sheets delivered, and those taken
	 * away or terminated.
	 */
	private OrderDelivered delivered(CustomerOrder order, ContractedOffer offer, List<OrderedSheet> sheets) {
		List<OrderDelivered.Sheet> ended = sheets.stream()
			.filter((sheet) -> sheet.getState() == SheetState.DELIVERED || sheet.getState() == SheetState.TERMINATED)
			.map((sheet) -> {
				ContractedSheet contracted = sheet.getContracted();
				return new OrderDelivered.Sheet(contracted.getId(), contracted.getNumber(), contracted.getProductId(),
						contracted.getProductName(), contracted.getPortingNumber(),
						sheet.getState() == SheetState.TERMINATED, sheet.getKeepNumber());
			})
			.toList();
		return new OrderDelivered(order.getId(), order.getType(), order.getQuoteId(), offer.getId(), offer.getNumber(),
				offer.getOwnerId(), offer.getClientId(), offer.getClientName(), offer.getInstallationSiteId(),
				offer.getOfferName(), ended);
	}

	/**
	 * "Ajout / réduction livré": each product's units before and after, as the OC has
	 * them now.
	 */
	private void recordAmendment(CustomerOrder order, ContractedOffer offer, List<OrderedSheet> sheets, String actor) {
		Map<String, int[]> units = new java.util.LinkedHashMap<>();
		for (ContractedSheet sheet : this.offers.findSheets(offer.getId())) {
			boolean live = sheet.getState() == SheetState.DELIVERED;
			int[] counts = units.computeIfAbsent(sheet.getProductName(), (name) -> new int[2]);
			counts[1] += live ? 1 : 0;
		}
		for (OrderedSheet sheet : sheets) {
			int[] counts = units.computeIfAbsent(sheet.getContracted().getProductName(), (name) -> new int[2]);
			if (sheet.isRemoval() && sheet.getState() == SheetState.TERMINATED) {
				counts[0]++;
			}
			else if (!sheet.isRemoval() && sheet.getState() == SheetState.DELIVERED) {
				counts[0]--;
			}
		}
		StringBuilder summary = new StringBuilder();
		units.forEach((product, counts) -> {
			int before = counts[1] + counts[0];
			if (before != counts[1]) {
				summary.append(summary.isEmpty() ? "" : " ; ")
					.append(product)
					.append(" : ")
					.append(before)
					.append(" → ")
					.append(counts[1]);
			}
		});
		this.events.save(new OrderEvent(offer, order, null, Kind.AMENDED, actor)
			.comment(summary.length() > 2000 ? summary.substring(0, 2000) : summary.toString()));
	}

	private void validate(SheetMove move) {
		if (move.sheetVersions() == null || move.sheetVersions().isEmpty()) {
			throw new BusinessRuleException("order.error.noSheet");
		}
		if (move.target() == null && move.plannedDelivery() == null && move.comment() == null) {
			throw new BusinessRuleException("order.error.nothingToDo");
		}
		if (move.plannedDelivery() != null
				&& (move.plannedDelivery().getYear() < FIRST_YEAR || move.plannedDelivery().getYear() > LAST_YEAR)) {
			throw new BusinessRuleException("order.error.plannedDelivery", FIRST_YEAR, LAST_YEAR);
		}
		if (move.comment() != null && move.comment().length() > 2000) {
			throw new BusinessRuleException("order.error.commentTooLong", 2000);
		}
	}

	private void tellTheReseller(CustomerOrder order, ContractedOffer offer, String what, List<OrderedSheet> sheets) {
		if (order.getResellerEmail() == null || order.getResellerEmail().isBlank()) {
			return;
		}
		String numbers = String.join(", ", sheets.stream().map(OrderedSheet::getNumber).toList());
		String key = what.equals("order.mail.delivered") && order.getState() == OrderState.TERMINATED
				? "order.mail.terminated" : what;
		this.outbox.queueMessage(order.getResellerEmail(), key, order.getNumber(), order.getClientName(),
				order.getOfferName(), offer.getNumber(), numbers);
	}

	private CustomerOrder locked(long orderId) {
		return this.orders.findForUpdate(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
	}

	private ContractedOffer offerOf(CustomerOrder order) {
		return this.offers.findById(order.getContractedOfferId()).orElseThrow();
	}

	private LocalDate today() {
		return PortalClock.today(this.clock);
	}

	static String currentUser() {
		return Actors.current();
	}

}
