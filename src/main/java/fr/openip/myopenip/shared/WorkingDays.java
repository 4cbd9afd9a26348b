package fr.openip.myopenip.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.springframework.stereotype.Component;

/**
 * The order desk's working days ("jours ouvrés"): Monday to Friday but the French public
 * holidays of the Code du travail, article L3133-1 (1er janvier, lundi de Pâques, 1er et
 * 8 mai, Ascension, lundi de Pentecôte, 14 juillet, Assomption, Toussaint, 11 novembre,
 * Noël; https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/), as Jollyday's
 * calendar of France gives them (metropolitan France: the Alsace-Moselle days are not the
 * desk's). Each year's holidays are read once.
 */
@Component
public class WorkingDays {

	/** The longest span counted, to bound what a date can cost. */
	private static final int MAX_YEARS = 20;

	private final HolidayManager france = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

	private final Map<Integer, Set<LocalDate>> holidays = new ConcurrentHashMap<>();

	/** Whether the desk works that day: a weekday that is no public holiday. */
	public boolean isWorkingDay(LocalDate day) {
		return isWeekday(day) && !holidaysOf(day.getYear()).contains(day);
	}

	/**
	 * The day {@code days} working days after {@code from} (not counted): from a Friday,
	 * 1 is the Monday (Tuesday if that Monday is Easter Monday).
	 */
	public LocalDate plus(LocalDate from, int days) {
		if (days < 0 || days > MAX_YEARS * 366) {
			throw new IllegalArgumentException("days: " + days);
		}
		LocalDate day = from;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How many working days after {@code from} up to {@code to} included: from a Friday
	 * to the next Monday, 1; the other way round, -1; the same day, 0.
	 */
	public int between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -between(to, from);
		}
		// a span longer than that counts as that (what a row of the base may cost is
		// bounded)
		LocalDate last = to.isAfter(from.plusYears(MAX_YEARS)) ? from.plusYears(MAX_YEARS) : to;
		// whole weeks hold five weekdays each; the few days left are looked at one by
		// one;
		// then the holidays falling on a weekday of the span are taken away (a few per
		// year)
		long span = last.toEpochDay() - from.toEpochDay();
		long count = span / 7 * 5;
		for (LocalDate day = last.minusDays(span % 7 - 1); !day.isAfter(last); day = day.plusDays(1)) {
			if (isWeekday(day)) {
				count++;
			}
		}
		for (int year = from.getYear(); year <= last.getYear(); year++) {
			for (LocalDate holiday : holidaysOf(year)) {
				if (holiday.isAfter(from) && !holiday.isAfter(last) && isWeekday(holiday)) {
					count--;
				}
			}
		}
		return (int) count;
	}

	private static boolean isWeekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private Set<LocalDate> holidaysOf(int year) {
		return this.holidays.computeIfAbsent(year,
				(key) -> this.france.getHolidays(Year.of(key), HolidayType.PUBLIC_HOLIDAY)
					.stream()
					.map(Holiday::getDate)
					.collect(Collectors.toUnmodifiableSet()));
	}

}
