package fr.openip.myopenip.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The order desk's working days: weekends and the public holidays of the Code du travail,
 * art. L3133-1, with the movable feasts of 2026 and 2027 (Easter Sunday on 5 April 2026
 * and 28 March 2027).
 */
class WorkingDaysTest {

	private final WorkingDays days = new WorkingDays();

	@Test
	void theElevenPublicHolidaysOf2026AreNotWorked() {
		for (String holiday : new String[] { "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14",
				"2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25" }) {
			assertThat(this.days.isWorkingDay(LocalDate.parse(holiday))).as(holiday).isFalse();
		}
		assertThat(this.days.isWorkingDay(LocalDate.parse("2027-03-29"))).as("Easter Monday 2027").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-04-03"))).as("Good Friday: worked").isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-12-05"))).as("a Saturday").isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.parse("2026-12-07"))).as("a Monday").isTrue();
	}

	@Test
	void aDelayCountsAcrossWeekendsAndHolidays() {
		// a Friday, then the weekend and Easter Monday: the Tuesday
		assertThat(this.days.plus(LocalDate.parse("2026-04-03"), 1)).isEqualTo("2026-04-07");
		// the Wednesday before Ascension: the Friday
		assertThat(this.days.plus(LocalDate.parse("2026-05-13"), 1)).isEqualTo("2026-05-15");
		// ten working days from Thursday 30 April 2026: 1 and 8 May, Ascension off
		assertThat(this.days.plus(LocalDate.parse("2026-04-30"), 10)).isEqualTo("2026-05-19");
		// Christmas Eve 2026, a Thursday: Christmas and the weekend off
		assertThat(this.days.plus(LocalDate.parse("2026-12-24"), 1)).isEqualTo("2026-12-28");
		assertThat(this.days.plus(LocalDate.parse("2026-12-05"), 0)).isEqualTo("2026-12-05");
	}

	@Test
	void betweenIsPlusTheOtherWayRound() {
		assertThat(this.days.between(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-07"))).isEqualTo(1);
		assertThat(this.days.between(LocalDate.parse("2026-04-07"), LocalDate.parse("2026-04-03"))).isEqualTo(-1);
		assertThat(this.days.between(LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-19"))).isEqualTo(10);
		assertThat(this.days.between(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-06"))).isZero();
		// a century counts as twenty years: bounded
		assertThat(this.days.between(LocalDate.parse("2000-01-01"), LocalDate.parse("2099-01-01")))
			.isEqualTo(this.days.between(LocalDate.parse("2000-01-01"), LocalDate.parse("2020-01-01")))
			.isBetween(5000, 5300);
		assertThatIllegalArgumentException().isThrownBy(() -> this.days.plus(LocalDate.parse("2026-01-01"), -1));
	}

	@Test
	void betweenCountsWhatTheDaysOneByOneCount() {
		// the count by whole weeks against the plain one, for every start of 2026 and
		// spans
		// up to 400 days (weekends, holidays, a new year and its movable feasts)
		LocalDate first = LocalDate.parse("2026-01-01");
		for (int start = 0; start < 365; start++) {
			LocalDate from = first.plusDays(start);
			int counted = 0;
			for (int span = 1; span <= 400; span++) {
				if (this.days.isWorkingDay(from.plusDays(span))) {
					counted++;
				}
				assertThat(this.days.between(from, from.plusDays(span))).as("%s + %d", from, span).isEqualTo(counted);
			}
		}
	}

}
