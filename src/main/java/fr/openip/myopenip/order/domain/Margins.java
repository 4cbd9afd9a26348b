package fr.openip.myopenip.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The "Tarifs" of sheets: client and operator prices, and the reseller's margin on each
 * as a share of the client price ("Marge Abonnement", "Marge FMS"): 64,00 € sold, 0,00 €
 * bought is 100,00 %.
 */
public record Margins(BigDecimal monthlyClient, BigDecimal setupClient, BigDecimal monthlyOperator,
		BigDecimal setupOperator) {

	public static Margins of(ContractedSheet sheet) {
		return new Margins(sheet.getMonthlyClient(), sheet.getSetupClient(), sheet.getMonthlyOperator(),
				sheet.getSetupOperator());
	}

	public static Margins total(List<ContractedSheet> sheets) {
		return sheets.stream()
			.map(Margins::of)
			.reduce(new Margins(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), Margins::plus);
	}

	private Margins plus(Margins other) {
		return new Margins(this.monthlyClient.add(other.monthlyClient), this.setupClient.add(other.setupClient),
				this.monthlyOperator.add(other.monthlyOperator), this.setupOperator.add(other.setupOperator));
	}

	/** Null when nothing is sold. */
	public BigDecimal monthlyMargin() {
		return margin(this.monthlyClient, this.monthlyOperator);
	}

	public BigDecimal setupMargin() {
		return margin(this.setupClient, this.setupOperator);
	}

	private static BigDecimal margin(BigDecimal client, BigDecimal operator) {
		if (client.signum() == 0) {
			return null;
		}
		return client.subtract(operator).multiply(BigDecimal.valueOf(100)).divide(client, 2, RoundingMode.HALF_UP);
	}

}
