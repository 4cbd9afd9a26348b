package fr.openip.myopenip.order.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;
import fr.openip.myopenip.shared.web.Formats;

/**
 * "Commandes": the order desk's queue — by default the open orders, those nobody has
 * taken first, then by age — with filters by état, pilot, client, reseller, type and date
 * of deposit. A reseller reads its own orders there.
 */
@Component
public class OrderQueue {

	private static final Map<String, String> SORTS = Map.of("queue", "o.queueRank", "depositedAt", "o.depositedAt",
			"number", "o.number", "client", "o.clientSort", "due", "o.dueOn");

	public static final Set<String> SORT_KEYS = SORTS.keySet();

	public static final long COUNT_LIMIT = 1_000;

	/** The "État" filter's value for every open order (its default). */
	public static final String OPEN = "OPEN";

	/** The "État" filter's value for every order. */
	public static final String ALL = "ALL";

	/** The "Délai" filter's value for the open orders past their due date. */
	public static final String LATE = "LATE";

	/**
	 * The "Délai" filter's value for the open orders due within
	 * {@value OrderDelays#SOON_DAYS} working days.
	 */
	public static final String SOON = "SOON";

	private final Lists lists;

	private final OrderDelays delays;

	OrderQueue(Lists lists, OrderDelays delays) {
		this.lists = lists;
		this.delays = delays;
	}

	/**
	 * The filters; any may be null.
	 *
	 * @param state {@link #OPEN} (or null), {@link #ALL}, or an {@link OrderState}
	 * @param pilot the Pilote ADV's login, or "aucun" for none
	 * @param delay {@link #LATE}, {@link #SOON}, or null for any
	 */
	public record OrderQuery(String state, String pilot, String client, String reseller, OrderType type,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depositedFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate depositedTo, String delay) {
	}

	/**
	 * A page of the queue; {@code resellerIds}: the ids the "Revendeur" filter names
	 * (null when it is empty).
	 */
	@Transactional(readOnly = true)
	public Page<OrderRow> page(OrderQuery query, List<Long> resellerIds, String sort, boolean ascending, int page,
			int size) {
		ListQuery list = query(query, resellerIds, sort, ascending);
		return this.lists.page(list, OrderRow.ROWS, page, size, COUNT_LIMIT);
	}

	private static OrderState parse(String state) {
		try {
			return OrderState.valueOf(state);
		}
		catch (IllegalArgumentException unknown) {
			throw new BusinessRuleException("order.error.unknownState");
		}
	}

	private ListQuery query(OrderQuery query, List<Long> resellerIds, String sort, boolean ascending) {
		long tenant = TenantFilter.currentTenant();
		String pilot = query.pilot() == null ? null : query.pilot().trim().toLowerCase(Locale.ROOT);
		boolean noPilot = "aucun".equals(pilot);
		ListQuery list = ListQuery.from("CustomerOrder", "o")
			.where("o.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("o.ownerId in :resellers", "resellers",
					resellerIds == null ? null : (resellerIds.isEmpty() ? List.of(-1L) : resellerIds))
			.where("lower(o.advPilot) = :pilot", "pilot", noPilot ? null : pilot)
			.startsWith("o.clientSort", "client", query.client())
			.where("o.type = :type", "type", query.type())
			.where("o.depositedAt >= :depositedFrom", "depositedFrom",
					query.depositedFrom() == null ? null
							: query.depositedFrom().atStartOfDay(Formats.PARIS).toInstant())
			.where("o.depositedAt < :depositedTo", "depositedTo", query.depositedTo() == null ? null
					: query.depositedTo().plusDays(1).atStartOfDay(Formats.PARIS).toInstant());
		if (noPilot) {
			list.where("o.advPilot is null");
		}
		if (LATE.equals(query.delay())) {
			list.where("o.queueRank < 2").where("o.dueOn < :today", "today", this.delays.today());
		}
		else if (SOON.equals(query.delay())) {
			list.where("o.queueRank < 2")
				.where("o.dueOn >= :today", "today", this.delays.today())
				.where("o.dueOn <= :soon", "soon", this.delays.soonLimit());
		}
		else if (query.delay() != null && !query.delay().isBlank()) {
			throw new BusinessRuleException("order.error.unknownDelay");
		}
		list.planWithValues();
		String state = query.state() == null || query.state().isBlank() ? OPEN : query.state();
		if (OPEN.equals(state)) {
			list.where("o.queueRank < 2");
		}
		else if (!ALL.equals(state)) {
			list.where("o.state = :state", "state", parse(state));
		}
		if (!SORTS.containsKey(sort) || "queue".equals(sort)) {
			// nobody's first, then by age: the rank, then the date of deposit, oldest
			// first
			return list.orderBy(Map.of("queue", "o.queueRank " + (ascending ? "asc" : "desc") + ", o.depositedAt"),
					"queue", ascending);
		}
		if ("due".equals(sort)) {
			// the orders without a due date last, whichever way
			return list.orderBy(Map.of("due", "o.dueOn " + (ascending ? "asc" : "desc") + " nulls last, o.depositedAt"),
					"due", ascending);
		}
		return list.orderBy(SORTS, sort, ascending);
	}

}
