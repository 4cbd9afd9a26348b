package fr.openip.myopenip.order;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantFilter;

/**
 * The figures of the "Tableau de bord" the orders give, each counted by PostgreSQL in one
 * statement on its indexes (no row read into the portal): the order desk's (open orders
 * by état, the backlog's age, deliveries on time by offer and orders by pilot over twelve
 * months) and a reseller's (its monthly recurring revenue and margin month by month, its
 * engagements ending within 90 days). A reseller's figures are its own (the tenant's
 * rows, row-level security beneath); the operator's staff read them all or one
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

	private final Clock clock;

	OrderFigures(EntityManager entities, Clock clock) {
		this.entities = entities;
		this.clock = clock;
	}

	/** The order desk's figures, every reseller's orders. */
	public DeskFigures desk() {
		LocalDate today = PortalClock.today(this.clock);
		LocalDate yearAgo = today.minusYears(1);
		Map<OrderState, Long> byState = new EnumMap<>(OrderState.class);
		for (Object[] row : rows(this.entities
			.createNativeQuery("select state, count(*) from customer_order where queue_rank < 2 group by state"))) {
			byState.put(OrderState.valueOf((String) row[0]), ((Number) row[1]).longValue());
		}
		long[] ages = new long[AGE_LIMITS.length + 1];
		for (Object[] row : rows(this.entities.createNativeQuery("""
				select case when age <= 2 then 0 when age <= 5 then 1 when age <= 10 then 2 when age <= 20 then 3
				            else 4 end, count(*)
				from (select :today - (deposited_at at time zone 'Europe/Paris')::date as age
				      from customer_order where queue_rank < 2) open
				group by 1""").setParameter("today", today))) {
			ages[((Number) row[0]).intValue()] = ((Number) row[1]).longValue();
		}
		List<AgeGroup> backlog = new ArrayList<>();
		for (int group = 0; group < ages.length; group++) {
			backlog.add(new AgeGroup(group == 0 ? 0 : AGE_LIMITS[group - 1] + 1,
					group < AGE_LIMITS.length ? AGE_LIMITS[group] : null, ages[group]));
		}
		List<OnTime> onTime = rows(this.entities.createNativeQuery("""
				select max(offer_name), count(*), count(*) filter (where delivered_on <= due_on)
				from customer_order
				where state = 'DELIVERED' and delivered_on > :since and due_on is not null
				group by offer_id order by 1""").setParameter("since", yearAgo)).stream()
			.map((row) -> new OnTime((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
			.toList();
		List<PilotLoad> pilots = rows(this.entities.createNativeQuery("""
				select adv_pilot, count(*) filter (where queue_rank = 1),
				       count(*) filter (where state = 'DELIVERED' and delivered_on > :since)
				from customer_order where adv_pilot is not null
				group by adv_pilot order by 2 desc, 3 desc, 1""").setParameter("since", yearAgo)).stream()
			.map((row) -> new PilotLoad((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
			.toList();
		return new DeskFigures(byState, backlog, onTime, pilots);
	}

	/**
	 * The recurring revenue and margin of the last twelve months, this one included: what
	 * the units delivered by the end of each month (today for this one) and not yet ended
	 * bill per month. {@code resellerId}: one reseller's (the operator's staff), or null
	 * for the tenant's own (a reseller), or every reseller's (the staff).
	 */
	public List<MonthlyRevenue> revenue(Long resellerId) {
		LocalDate today = PortalClock.today(this.clock);
		YearMonth first = YearMonth.from(today).minusMonths(11);
		Long owner = owner(resellerId);
		Query query = this.entities
			.createNativeQuery(
					"""
							select m.month, coalesce(sum(s.monthly_client), 0), coalesce(sum(s.monthly_client - s.monthly_operator), 0)
							from (select month::date as month,
							             least((month + interval '1 month')::date, cast(:tomorrow as date)) as upto
							      from generate_series(cast(:first as date), cast(:last as date), interval '1 month') month) m
							left join contracted_sheet s on s.delivered_on is not null and s.delivered_on < m.upto
							      and (s.ended_on is null or s.ended_on >= m.upto)"""
							+ (owner == null ? "" : " and s.owner_id = :owner") + """

									group by m.month order by m.month""")
			.setParameter("first", first.atDay(1))
			.setParameter("last", YearMonth.from(today).atDay(1))
			.setParameter("tomorrow", today.plusDays(1));
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
