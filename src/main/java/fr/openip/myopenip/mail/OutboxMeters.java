package fr.openip.myopenip.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.PeriodicReading;
import fr.openip.myopenip.shared.TenantFilter;

/**
 * The outbox as an operator watches it (Prometheus names):
 * {@code myopenip_outbox_pending} mails waiting,
 * {@code myopenip_outbox_oldest_pending_seconds} how long the oldest has waited (the
 * sender stuck or SMTP down: it grows), {@code myopenip_outbox_failed} mails given up
 * after their attempts. Read in one statement at most every 10 seconds, by the portal's
 * database role (the outbox is none of a reseller's business); the failed sending
 * attempts of this instance are {@code myopenip_outbox_send_failures_total}
 * ({@link OutboxSender}).
 */
@Component
class OutboxMeters implements MeterBinder {

	private final PeriodicReading<Backlog> backlog;

	OutboxMeters(JdbcTemplate jdbc, Clock clock) {
		this.backlog = new PeriodicReading<>(Duration.ofSeconds(10), () -> TenantFilter
			.asThePortal(() -> jdbc.queryForObject("""
					select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED'),
					       min(created_at) filter (where status = 'PENDING')
					from outbox_mail where status in ('PENDING', 'FAILED')""",
					(row, number) -> new Backlog(row.getLong(1), row.getLong(2), row.getTimestamp(3) == null ? 0 : Math
						.max(0, Duration.between(row.getTimestamp(3).toInstant(), Instant.now(clock)).toSeconds())))));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("myopenip.outbox.pending", this.backlog, (reading) -> reading.get().pending())
			.description("Mails waiting in the outbox")
			.register(registry);
		Gauge.builder("myopenip.outbox.oldest.pending", this.backlog, (reading) -> reading.get().oldestSeconds())
			.description("How long the oldest pending mail has waited")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("myopenip.outbox.failed", this.backlog, (reading) -> reading.get().failed())
			.description("Mails given up after their sending attempts")
			.register(registry);
	}

	private record Backlog(long pending, long failed, long oldestSeconds) {
	}

}
