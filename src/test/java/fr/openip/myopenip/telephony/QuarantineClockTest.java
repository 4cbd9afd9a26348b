package fr.openip.myopenip.telephony;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.telephony.TestServices.TestService;
import fr.openip.myopenip.telephony.domain.QuarantineRelease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarantine ends on its date in Paris: the portal's clock is moved across the edge, no
 * test sleeps.
 */
@PortalIntegrationTest
class QuarantineClockTest {

	@Autowired
	TestServices services;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuarantineRelease quarantines;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	@Test
	void aQuarantineEndsAtMidnightInParisWhileUtcIsStillTheDayBefore() {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Minuit", 1, 0);
		long number = this.services.freeNumbers(service.clientId()).get(0);
		// tomorrow in Paris: the demo's quarantines end months later, and stay
		LocalDate tomorrow = LocalDate.now(PortalClock.PARIS).plusDays(1);
		this.jdbc.update("update phone_number set state = 'QUARANTINED', quarantine_until = ? where id = ?", tomorrow,
				number);
		// today, 23:30 in Paris: not yet
		this.clock.setTo(ZonedDateTime.of(tomorrow.minusDays(1).atTime(23, 30), PortalClock.PARIS));
		this.quarantines.releaseDue();
		assertThat(this.services.numberState(number)).isEqualTo("QUARANTINED");
		// tomorrow, 00:30 in Paris, though still today in UTC: the day has come
		ZonedDateTime parisMidnight = ZonedDateTime.of(tomorrow.atTime(0, 30), PortalClock.PARIS);
		assertThat(parisMidnight.withZoneSameInstant(ZoneOffset.UTC).toLocalDate()).isEqualTo(tomorrow.minusDays(1));
		this.clock.setTo(parisMidnight);
		this.quarantines.releaseDue();
		assertThat(this.services.numberState(number)).isEqualTo("FREE");
	}

}
