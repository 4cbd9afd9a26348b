package fr.openip.myopenip.telephony;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

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
		this.jdbc.update("update phone_number set state = 'QUARANTINED', quarantine_until = ? where id = ?",
				LocalDate.of(2027, 3, 15), number);
		// 14 March, 23:30 in Paris (22:30 UTC): not yet
		this.clock.setTo(ZonedDateTime.of(2027, 3, 14, 22, 30, 0, 0, ZoneOffset.UTC));
		this.quarantines.releaseDue();
		assertThat(this.services.numberState(number)).isEqualTo("QUARANTINED");
		// 15 March, 00:30 in Paris, though still 14 March, 23:30 in UTC: the day has come
		this.clock.setTo(ZonedDateTime.of(2027, 3, 14, 23, 30, 0, 0, ZoneOffset.UTC));
		this.quarantines.releaseDue();
		assertThat(this.services.numberState(number)).isEqualTo("FREE");
	}

}
