package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;

import fr.openip.myopenip.shared.Money;

/**
 * "Total HT", "TVA 20%", "Total TTC" of a quote, for the setup fees (FMS) and the monthly
 * fees (Abo/Récurrence).
 */
public record Totals(BigDecimal setupExcludingVat, BigDecimal setupVat, BigDecimal monthlyExcludingVat,
		BigDecimal monthlyVat) {

	public static Totals of(BigDecimal setup, BigDecimal monthly, BigDecimal vatRate) {
		return new Totals(Money.of(setup), Money.vat(setup, vatRate), Money.of(monthly), Money.vat(monthly, vatRate));
	}

	public BigDecimal setupIncludingVat() {
		return this.setupExcludingVat.add(this.setupVat);
	}

	public BigDecimal monthlyIncludingVat() {
		return this.monthlyExcludingVat.add(this.monthlyVat);
	}

}
