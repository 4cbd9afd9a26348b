package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * Where an open order stands against its due date, in working days: "En retard" past it,
 * "Bientôt en retard" within {@value #SOON_DAYS} working days of it, on time before.
 */
@Component("orderDelays")
public class OrderDelays {

	/** How many working days before its due date an order is "bientôt en retard". */
	public static final int SOON_DAYS = 2;

	/** Where an order stands. */
	public enum Kind {

		LATE, SOON, ON_TIME

	}

	/**
	 * An open order's delay: its due date, and the working days past it ({@code LATE}) or
	 * left before it.
	 */
	public record Delay(Kind kind, LocalDate dueOn, int workingDays) {
	}

	/** An open order past its due date, as the home page lists it. */
	public record LateOrder(long id, String number, String clientName, LocalDate dueOn, int workingDaysLate) {
	}

	private final WorkingDays workingDays;

	private final Clock clock;

	private final EntityManager entities;

	OrderDelays(WorkingDays workingDays, Clock clock, EntityManager entities) {
		this.workingDays = workingDays;
		this.clock = clock;
		this.entities = entities;
	}

	/**
	 * The open orders the user sees that are past their due date, the longest late first,
	 * at most {@code limit} (one statement, on the due dates' index).
	 */
	@Transactional(readOnly = true)
	public List<LateOrder> late(int limit) {
		LocalDate today = today();
		return this.entities
			.createQuery(
					"select o.id, o.number, o.clientName, o.dueOn from CustomerOrder o"
							+ " where o.queueRank < 2 and o.dueOn < :today order by o.dueOn, o.depositedAt, o.id",
					Object[].class)
			.setParameter("today", today)
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map((row) -> new LateOrder((Long) row[0], (String) row[1], (String) row[2], (LocalDate) row[3],
					Math.max(this.workingDays.between((LocalDate) row[3], today), 1)))
			.toList();
	}

	/** The delay of an order due {@code dueOn}; null when it has none or is closed. */
	public Delay of(LocalDate dueOn, boolean closed) {
		if (dueOn == null || closed) {
			return null;
		}
		LocalDate today = PortalClock.today(this.clock);
		if (dueOn.isBefore(today)) {
			return new Delay(Kind.LATE, dueOn, Math.max(this.workingDays.between(dueOn, today), 1));
		}
		int left = this.workingDays.between(today, dueOn);
		return new Delay(left <= SOON_DAYS ? Kind.SOON : Kind.ON_TIME, dueOn, left);
	}

	/** The last due date of the orders "bientôt en retard" today. */
	public LocalDate soonLimit() {
		return this.workingDays.plus(PortalClock.today(this.clock), SOON_DAYS);
	}

	/** Today, in Paris: an open order due before it is late. */
	public LocalDate today() {
		return PortalClock.today(this.clock);
	}

	/** Working days from {@code from} to {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return this.workingDays.between(from, to);
	}

}
