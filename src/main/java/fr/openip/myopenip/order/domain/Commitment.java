package fr.openip.myopenip.order.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An OC's engagement ("Durée d'engagement"), as a termination reckons it. */
final class Commitment {

	private Commitment() {
	}

	/**
	 * The months of engagement left from {@code asked} to {@code end} (none when there is
	 * no engagement or it is over), a month begun being owed whole: from 15/01 to 15/03,
	 * 2; to 16/03, 3.
	 */
	static long monthsOwed(LocalDate asked, LocalDate end) {
		if (end == null || !asked.isBefore(end)) {
			return 0;
		}
		long months = ChronoUnit.MONTHS.between(asked, end);
		return asked.plusMonths(months).isBefore(end) ? months + 1 : months;
	}

}
