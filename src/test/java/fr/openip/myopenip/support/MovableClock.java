package fr.openip.myopenip.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import fr.openip.myopenip.shared.PortalClock;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The portal's clock in the integration tests: the system's, in Europe/Paris, until a
 * test sets it to a moment; every service and entity then reads that moment (no sleeping,
 * no context restarted). A test that moves it puts it back with {@link #reset()}.
 */
@Component
@Primary
public class MovableClock extends Clock {

	private volatile Instant at;

	/** From now on, the clock reads this moment. */
	public void setTo(ZonedDateTime moment) {
		this.at = moment.toInstant();
	}

	/** Back to the system's time. */
	public void reset() {
		this.at = null;
	}

	@Override
	public ZoneId getZone() {
		return PortalClock.PARIS;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock moved = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return moved.withZone(other);
			}

			@Override
			public Instant instant() {
				return moved.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		Instant moment = this.at;
		return moment != null ? moment : Instant.now();
	}

}
