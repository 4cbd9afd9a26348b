package fr.openip.myopenip.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The portal's one clock, in Europe/Paris, as entities read it: a timestamp set when an
 * entity is created or changed ({@link TenantOwned}, an account, a file, a history line)
 * comes from the same {@link Clock} the services are given, so a test that moves that
 * clock moves every date of the portal.
 */
public final class PortalClock {

	/** The zone of every business date. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static volatile Clock clock = Clock.system(PARIS);

	private PortalClock() {
	}

	/**
	 * Set once at startup with the portal's {@link Clock} bean (see ClockConfiguration).
	 */
	static void use(Clock portalClock) {
		clock = portalClock;
	}

	public static Instant now() {
		return clock.instant();
	}

	/** Today in Paris. */
	public static LocalDate today() {
		return today(clock);
	}

	/** Today in Paris by {@code clock}, whatever its zone: every business date's day. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(PARIS));
	}

	/** The day of {@code instant} in Paris. */
	public static LocalDate day(Instant instant) {
		return instant.atZone(PARIS).toLocalDate();
	}

}
