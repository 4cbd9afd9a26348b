package fr.openip.myopenip.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.PortalClock;

/**
 * How the portal writes dates and amounts, French style and in Paris time
 * ({@code @formats.dateTime(...)} in templates).
 */
@Component("formats")
public class Formats {

	public static final ZoneId PARIS = PortalClock.PARIS;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);

	private static final DateTimeFormatter DEPOSIT = DateTimeFormatter.ofPattern("dd/MM/yyyy - HH:mm").withZone(PARIS);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	/** An order's "Date de dépôt", as guide 000 writes it: "22/07/2020 - 12:10". */
	public String deposit(Instant instant) {
		return instant == null ? "" : DEPOSIT.format(instant);
	}

	/** "22/07/2020", of an instant (in Paris) or of a date. */
	public String date(TemporalAccessor instantOrDate) {
		return instantOrDate == null ? "" : DATE.format(instantOrDate);
	}

	/** "12,50 %". */
	public String percent(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ') + " %";
	}

	/** "1 234,50 €". */
	public String euros(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
		return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
	}

}
