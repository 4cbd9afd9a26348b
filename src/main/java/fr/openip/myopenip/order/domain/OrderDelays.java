package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

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

	private final WorkingDays workingDays;

	private final Clock clock;

	OrderDelays(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
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
