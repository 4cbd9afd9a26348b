package fr.openip.myopenip.catalogue.web;

import java.math.BigDecimal;

import fr.openip.myopenip.shared.Money;

/**
 * Amounts as typed in a form: digits, a comma or a point, at most 2 decimals ("9,90" or
 * "9.90"); blank is none.
 */
final class Amounts {

	static final String PATTERN = "\\s*(\\d{1,9}([.,]\\d{1,2})?)?\\s*";

	private Amounts() {
	}

	static BigDecimal parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return Money.of(new BigDecimal(typed.trim().replace(',', '.')));
	}

	/** "9,90", as a French user types it back. */
	static String format(BigDecimal amount) {
		return amount == null ? null : Money.of(amount).toPlainString().replace('.', ',');
	}

}
