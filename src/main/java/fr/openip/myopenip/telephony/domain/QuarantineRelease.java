package fr.openip.myopenip.telephony.domain;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.PortalClock;

/**
 * Ends the quarantines that are due: their numbers go back to their client's pool. One
 * statement per round, so that several instances running it at once free each number once
 * and never lose an update.
 */
@Component
public class QuarantineRelease {

	private static final Logger log = LoggerFactory.getLogger(QuarantineRelease.class);

	private final PhoneNumberRepository numbers;

	private final Clock clock;

	QuarantineRelease(PhoneNumberRepository numbers, Clock clock) {
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * The scheduler's round. The scheduler calls the bean through its proxy, so the round
	 * itself carries the portal's identity and the transaction ({@link #releaseDue()}
	 * called from here would not pass through the proxy).
	 */
	@Scheduled(fixedDelayString = "${myopenip.telephony.quarantine-check-interval:1h}",
			initialDelayString = "${myopenip.telephony.quarantine-initial-delay:60s}")
	@AsThePortal
	@Transactional
	public void scheduledRound() {
		releaseDue();
	}

	/** Frees the numbers whose quarantine ends today or earlier; answers how many. */
	@AsThePortal
	@Transactional
	public int releaseDue() {
		int released = this.numbers.endQuarantines(PortalClock.today(this.clock));
		if (released > 0) {
			log.info("{} number(s) out of quarantine, back in their pools", released);
		}
		return released;
	}

}
