package fr.openip.myopenip.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in euros, exact: {@link BigDecimal} with 2 decimals, rounded half-up, as
 * PostgreSQL's {@code numeric(12, 2)} keeps them. Shown French style by
 * {@code Formats.euros} ("1 234,50 €").
 */
public final class Money {

	public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	/** The standard VAT rate (20 %). */
	public static final BigDecimal STANDARD_VAT_RATE = new BigDecimal("0.20");

	private static final BigDecimal HUNDRED = new BigDecimal(100);

	private Money() {
	}

	/** {@code amount} at 2 decimals, half-up; null is zero. */
	public static BigDecimal of(BigDecimal amount) {
		return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** {@code unitPrice × quantity}, at 2 decimals. */
	public static BigDecimal times(BigDecimal unitPrice, long quantity) {
		return of(of(unitPrice).multiply(BigDecimal.valueOf(quantity)));
	}

	/** {@code price} less {@code percent} % of it (a discount), half-up at the cent. */
	public static BigDecimal lessPercent(BigDecimal price, BigDecimal percent) {
		return of(price.subtract(price.multiply(percent).divide(HUNDRED)));
	}

	/** Whether {@code percent} is a percentage: 0 to 100. */
	public static boolean isPercent(BigDecimal percent) {
		return percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0;
	}

	/** The VAT on {@code amount} at {@code rate} (0.20 for 20 %), at 2 decimals. */
	public static BigDecimal vat(BigDecimal amount, BigDecimal rate) {
		return of(of(amount).multiply(rate));
	}

	/**
	 * The margin in percent of a client price over an operator price:
	 * {@code (client − operator) / client × 100} at 2 decimals, 100 % when the operator
	 * price is 0; null ("—") when the client price is 0.
	 */
	public static BigDecimal marginPercent(BigDecimal client, BigDecimal operator) {
		BigDecimal clientPrice = of(client);
		if (clientPrice.signum() == 0) {
			return null;
		}
		return clientPrice.subtract(of(operator)).multiply(HUNDRED).divide(clientPrice, 2, RoundingMode.HALF_UP);
	}

}
