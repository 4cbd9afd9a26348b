package fr.openip.myopenip.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantFilter;

/**
 * The figures of the "Tableau de bord" the orders give, each read by PostgreSQL in one
 * statement from the summaries every move keeps (migration V30: a few hundred rows
 * whatever the number of orders; none read into the portal): the order desk's (open
 * orders by état, the backlog's age, deliveries on time by offer and orders by pilot over
 * twelve months) and a reseller's (its monthly recurring revenue and margin month by
 * month, its engagements ending within 90 days). A reseller's figures are its own (the
 * tenant's rows, row-level security beneath); the operator's staff read them all or one
 * reseller's.
 */
@Service
@Transactional(readOnly = true)
public class OrderFigures {

	/** The backlog's age groups, in days since deposit: up to 2, 5, 10, 20, and more. */
	static final int[] AGE_LIMITS = { 2, 5, 10, 20 };

	/** An age group of the backlog: {@code upTo} days (null: more than the last). */
	public record AgeGroup(int from, Integer upTo, long orders) {
	}

	/** Deliveries of an offer in the last twelve months, on time (by their due date). */
	public record OnTime(String offerName, long delivered, long onTime) {

		/** Percent on time, rounded down. */
		public long percent() {
			return this.delivered == 0 ? 0 : this.onTime * 100 / this.delivered;
		}

	}

	/** A pilot's orders: open now, delivered in the last twelve months. */
	public record PilotLoad(String pilot, long open, long delivered) {
	}

	/** The order desk's figures. */
	public record DeskFigures(Map<OrderState, Long> openByState, List<AgeGroup> backlog, List<OnTime> onTime,
			List<PilotLoad> pilots) {

		public long open() {
			return this.openByState.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** A month's recurring revenue at client prices, and its margin. */
	public record MonthlyRevenue(YearMonth month, BigDecimal revenue, BigDecimal margin) {
	}

	/** An OC whose engagement ends soon: a renewal opportunity. */
	public record EndingEngagement(long id, String number, String clientName, String offerName, LocalDate endsOn) {
	}

	private final EntityManager entities;

	private final Catalogue catalogue;

	private final Clock clock;

	OrderFigures(EntityManager entities, Catalogue catalogue, Clock clock) {
		this.entities = entities;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** The order desk's figures, every reseller's orders. */
	public DeskFigures desk() {
		LocalDate today = PortalClock.today(this.clock);
		LocalDate since = YearMonth.from(today).minusMonths(11).atDay(1);
		Map<OrderState, Long> byState = new EnumMap<>(OrderState.class);
		for (Object[] row : rows(this.entities.createNativeQuery(
				"select state, sum(orders) from order_open_figure group by state having sum(orders) > 0"))) {
			byState.put(OrderState.valueOf((String) row[0]), ((Number) row[1]).longValue());
		}
		long[] ages = new long[AGE_LIMITS.length + 1];
		for (Object[] row : rows(this.entities.createNativeQuery(
				"select case when age <= 2 then 0 when age <= 5 then 1 when age <= 10 then 2 when age <= 20 then 3"
						+ " else 4 end, sum(orders)"
						+ " from (select cast(:today as date) - deposited_on as age, orders from order_open_figure) open"
						+ " group by 1")
			.setParameter("today", today))) {
			ages[((Number) row[0]).intValue()] = ((Number) row[1]).longValue();
		}
		List<AgeGroup> backlog = new ArrayList<>();
		for (int group = 0; group < ages.length; group++) {
			backlog.add(new AgeGroup(group == 0 ? 0 : AGE_LIMITS[group - 1] + 1,
					group < AGE_LIMITS.length ? AGE_LIMITS[group] : null, ages[group]));
		}
		List<Object[]> deliveries = rows(this.entities
			.createNativeQuery("select offer_id, sum(with_target), sum(on_time) from order_delivery_figure"
					+ " where month >= :since group by offer_id having sum(with_target) > 0")
			.setParameter("since", since));
		Map<Long, String> offerNames = this.catalogue
			.offerNames(deliveries.stream().map((row) -> ((Number) row[0]).longValue()).toList());
		List<OnTime> onTime = deliveries.stream()
			.map((row) -> new OnTime(offerNames.getOrDefault(((Number) row[0]).longValue(), "?"),
					((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
			.sorted(Comparator.comparing(OnTime::offerName))
			.toList();
		List<PilotLoad> pilots = rows(this.entities.createNativeQuery(
				"select adv_pilot, coalesce(sum(orders) filter (where month = myopenip_open_month()), 0),"
						+ " coalesce(sum(orders) filter (where month <> myopenip_open_month() and month >= :since), 0)"
						+ " from order_pilot_figure group by adv_pilot having sum(orders) <> 0"
						+ " order by 2 desc, 3 desc, 1")
			.setParameter("since", since)).stream()
			.map((row) -> new PilotLoad((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
			.toList();
		return new DeskFigures(byState, backlog, onTime, pilots);
	}

	/**
	 * The recurring revenue and margin of the last twelve months, this one included: what
	 * the units delivered by the end of each month (today for this one) and not yet ended
	 * bill per month, the sum of the changes of the months up to it. {@code resellerId}:
	 * one reseller's (the operator's staff), or null for the tenant's own (a reseller),
	 * or every reseller's (the staff).
	 */
	public List<MonthlyRevenue> revenue(Long resellerId) {
		LocalDate today = PortalClock.today(this.clock);
		YearMonth first = YearMonth.from(today).minusMonths(11);
		Long owner = owner(resellerId);
		// the changes of every month (a row a month: every reseller's are summed by V31's
		// totals), then added up to each month
		String changes = owner == null ? "select month, revenue, margin from sheet_revenue_total"
				: "select month, revenue, margin from sheet_revenue_figure where owner_id = :owner";
		Query query = this.entities.createNativeQuery("with changes as (" + changes
				+ ") select m.month, coalesce(sum(c.revenue), 0), coalesce(sum(c.margin), 0)"
				+ " from (select month::date as month from generate_series(cast(:first as date), cast(:last as date),"
				+ " interval '1 month') month) m left join changes c on c.month <= m.month group by m.month"
				+ " order by m.month")
			.setParameter("first", first.atDay(1))
			.setParameter("last", YearMonth.from(today).atDay(1));
		if (owner != null) {
			query.setParameter("owner", owner);
		}
		return rows(query).stream()
			.map((row) -> new MonthlyRevenue(YearMonth.from(day(row[0])), (BigDecimal) row[1], (BigDecimal) row[2]))
			.toList();
	}

	/**
	 * The OCs whose engagement ends within {@code days} days, soonest first, at most
	 * {@code limit}; and how many in all.
	 */
	public List<EndingEngagement> endingEngagements(Long resellerId, int days, int limit) {
		LocalDate today = PortalClock.today(this.clock);
		Long owner = owner(resellerId);
		Query query = this.entities
			.createNativeQuery("""
					select id, number, client_name, offer_name, commitment_ends_on from contracted_offer
					where state = 'DELIVERED' and commitment_months > 0
					  and commitment_ends_on between :today and :until"""
					+ (owner == null ? "" : " and owner_id = :owner") + " order by commitment_ends_on, id limit :limit")
			.setParameter("today", today)
			.setParameter("until", today.plusDays(days))
			.setParameter("limit", limit);
		if (owner != null) {
			query.setParameter("owner", owner);
		}
		return rows(query).stream()
			.map((row) -> new EndingEngagement(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
					(String) row[3], day(row[4])))
			.toList();
	}

	/** A reseller sees its own figures, whatever it asks; the staff, whom they ask. */
	private static Long owner(Long resellerId) {
		long tenant = TenantFilter.currentTenant();
		return tenant == TenantFilter.ALL ? resellerId : Long.valueOf(tenant);
	}

	/** A date column as the driver gives it. */
	private static LocalDate day(Object column) {
		return (column instanceof Date date) ? date.toLocalDate() : (LocalDate) column;
	}

	@SuppressWarnings("unchecked")
	private static List<Object[]> rows(Query query) {
		return query.getResultList();
	}

}
