package fr.openip.myopenip.order.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import fr.openip.myopenip.shared.BusinessRuleException;

/**
 * A date as a form's date field sends it (ISO); anything else is refused with a message.
 */
final class FormDates {

	private FormDates() {
	}

	/**
	 * The date typed, or null when nothing was; one that cannot be read is refused above
	 * the form.
	 */
	static LocalDate parse(String date, String refusalKey, Object... arguments) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException wrong) {
			throw new BusinessRuleException(refusalKey, arguments);
		}
	}

	/**
	 * As {@link #parse(String, String, Object...)}, the refusal shown beside the field.
	 */
	static LocalDate parse(String date, String field, String refusalKey) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException wrong) {
			throw BusinessRuleException.onField(field, refusalKey);
		}
	}

}
