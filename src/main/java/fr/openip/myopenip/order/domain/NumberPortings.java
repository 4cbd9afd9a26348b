package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.Orders;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.OrderEvent.Kind;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.Rio;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * "Portabilités de numéros": the sheets that port a number, with what the porting needs —
 * the number (French, 10 digits), the donor operator, its RIO ({@link Rio}: its quality
 * fitting the number, its key that number's) and the date asked for (from today to a year
 * ahead) — given by the reseller while the sheet is not delivered; the order desk
 * confirms the date by moving the sheet, or rejects the porting
 * ({@link PortingRejections}): the reseller's next save is its correction.
 */
@Service
public class NumberPortings {

	private static final Map<String, String> ORDER = Map.of("createdAt", "s.createdAt");

	private final ContractedOfferRepository offers;

	private final CustomerOrderRepository orders;

	private final OrderEventRepository events;

	private final PortingRejections rejections;

	private final Lists lists;

	private final Clock clock;

	NumberPortings(ContractedOfferRepository offers, CustomerOrderRepository orders, OrderEventRepository events,
			PortingRejections rejections, Lists lists, Clock clock) {
		this.offers = offers;
		this.orders = orders;
		this.events = events;
		this.rejections = rejections;
		this.lists = lists;
		this.clock = clock;
	}

	/**
	 * The list's filters; any may be null. {@code rejected}: only the portings whose
	 * rejection waits for the reseller.
	 */
	public record PortingQuery(String number, SheetState state,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedTo, Boolean rejected) {

		/** The portings whose rejection waits for the reseller. */
		public static PortingQuery rejectedOnes() {
			return new PortingQuery(null, null, null, null, true);
		}

	}

	@Transactional(readOnly = true)
	public Page<PortingRow> page(PortingQuery query, int page, int size) {
		long tenant = TenantFilter.currentTenant();
		String number = query.number() == null ? null : query.number().replaceAll("[\\s.]", "");
		ListQuery list = ListQuery.from("ContractedSheet", "s")
			.where("s.portability = true")
			.where("s.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("s.portingNumber like :number escape '\\'", "number", ListQuery.likePrefix(number))
			.where("s.state = :state", "state", query.state())
			.where("s.portingRequestedOn >= :requestedFrom", "requestedFrom", query.requestedFrom())
			.where("s.portingRequestedOn <= :requestedTo", "requestedTo", query.requestedTo())
			.orderBy(ORDER, "createdAt", false);
		if (Boolean.TRUE.equals(query.rejected())) {
			list.where("s.portingRejection is not null");
		}
		return this.lists.page(list, PortingRow.ROWS, page, size, 1_000);
	}

	/**
	 * Gives the porting's details of a sheet of the OC.
	 * @throws BusinessRuleException with the message of the first field refused
	 */
	@Transactional
	public ContractedSheet save(long offerId, long sheetId, long expectedVersion, String number, String donor,
			String rio, LocalDate requestedOn) {
		ContractedOffer offer = this.offers.findById(offerId)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", offerId));
		ContractedSheet sheet = this.offers.findSheets(offerId)
			.stream()
			.filter((candidate) -> candidate.getId() == sheetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ContractedSheet", sheetId));
		if (!sheet.isPortingEditable()) {
			throw new BusinessRuleException("porting.error.closed", sheet.getNumber());
		}
		if (sheet.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ContractedSheet.class, sheetId);
		}
		String digits = number == null ? "" : number.replaceAll("[\\s.]", "");
		if (!digits.matches("0[1-9]\\d{8}")) {
			throw BusinessRuleException.onField("number", "porting.error.number");
		}
		String operator = donor == null ? "" : donor.strip();
		if (operator.isEmpty() || operator.length() > 100) {
			throw BusinessRuleException.onField("donorOperator", "porting.error.donor");
		}
		String code = Rio.normalize(rio);
		Rio.requireFits(code, digits);
		LocalDate today = PortalClock.today(this.clock);
		if (requestedOn == null || requestedOn.isBefore(today) || requestedOn.isAfter(today.plusYears(1))) {
			throw BusinessRuleException.onField("requestedOn", "porting.error.date");
		}
		// the order first, as the order desk locks it, then the sheet
		CustomerOrder order = sheet.isPortingRejected() && offer.getCurrentOrderId() != null
				? this.orders.findForUpdate(offer.getCurrentOrderId()).orElse(null) : null;
		sheet.porting(digits, operator, code, requestedOn);
		if (order != null) {
			this.rejections.corrected(order, offer, sheet);
		}
		else {
			this.events.save(new OrderEvent(offer, null, sheet.getNumber(), Kind.PORTING, OrderDesk.currentUser())
				.planned(requestedOn)
				.comment(digits + " · " + operator));
		}
		return sheet;
	}

	/**
	 * Fills the OC's portings not given yet from the sale's mandates: the n-th sheet of a
	 * product (by id) takes the mandate of unit n, when all its fields are still valid
	 * (its date not past); the others are left to the reseller.
	 * @return how many were filled
	 */
	@Transactional
	public int fill(long offerId, List<Orders.PortingAsked> asked) {
		ContractedOffer offer = this.offers.findById(offerId)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", offerId));
		Map<String, Orders.PortingAsked> byUnit = new HashMap<>();
		asked.forEach((porting) -> byUnit.put(porting.productId() + "/" + porting.unit(), porting));
		Map<Long, Integer> units = new HashMap<>();
		LocalDate today = PortalClock.today(this.clock);
		int filled = 0;
		for (ContractedSheet sheet : this.offers.findSheets(offerId)
			.stream()
			.filter((candidate) -> candidate.isPortability() && candidate.getPortingNumber() == null
					&& candidate.isPortingEditable())
			.sorted(Comparator.comparingLong(ContractedSheet::getId))
			.toList()) {
			int unit = units.merge(sheet.getProductId(), 1, Integer::sum);
			Orders.PortingAsked porting = byUnit.get(sheet.getProductId() + "/" + unit);
			if (porting == null || !stillValid(porting, today)) {
				continue;
			}
			sheet.porting(porting.number(), porting.donorOperator().strip(), porting.rio(), porting.requestedOn());
			this.events.save(new OrderEvent(offer, null, sheet.getNumber(), Kind.PORTING, OrderDesk.currentUser())
				.planned(porting.requestedOn())
				.comment(porting.number() + " · " + porting.donorOperator().strip()));
			filled++;
		}
		return filled;
	}

	private static boolean stillValid(Orders.PortingAsked porting, LocalDate today) {
		return porting.number() != null && porting.number().matches("0[1-9]\\d{8}") && porting.donorOperator() != null
				&& !porting.donorOperator().isBlank() && porting.donorOperator().strip().length() <= 100
				&& Rio.check(porting.rio(), porting.number()).isEmpty() && porting.requestedOn() != null
				&& !porting.requestedOn().isBefore(today) && !porting.requestedOn().isAfter(today.plusYears(1));
	}

	/** The OC's sheets that port a number. */
	@Transactional(readOnly = true)
	public List<ContractedSheet> of(List<ContractedSheet> sheets) {
		return sheets.stream().filter(ContractedSheet::isPortability).toList();
	}

}
