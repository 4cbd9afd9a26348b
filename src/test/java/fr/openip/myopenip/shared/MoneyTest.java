package fr.openip.myopenip.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.shared.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guides' figures, exactly: amounts at 2 decimals half-up, VAT at 20 %, margins, and
 * French formatting.
 */
class MoneyTest {

	private final Formats formats = new Formats();

	@Test
	void threeCallsAtThreeEurosAMonthAreNineEurosTvaOneEightyTtcTenEighty() {
		BigDecimal total = Money.times(new BigDecimal("3.00"), 3);
		BigDecimal vat = Money.vat(total, Money.STANDARD_VAT_RATE);
		assertThat(total).isEqualByComparingTo("9.00");
		assertThat(vat).isEqualByComparingTo("1.80");
		assertThat(total.add(vat)).isEqualByComparingTo("10.80");
		assertThat(this.formats.euros(total.add(vat))).isEqualTo("10,80 €");
	}

	@Test
	void aClientPriceOverAFreeOperatorPriceIsAHundredPercentMargin() {
		assertThat(Money.marginPercent(new BigDecimal("64.00"), BigDecimal.ZERO)).isEqualByComparingTo("100.00");
		assertThat(this.formats.percent(Money.marginPercent(new BigDecimal("64.00"), BigDecimal.ZERO)))
			.isEqualTo("100,00 %");
		assertThat(Money.marginPercent(new BigDecimal("9.90"), new BigDecimal("6.50"))).isEqualByComparingTo("34.34");
		assertThat(Money.marginPercent(BigDecimal.ZERO, new BigDecimal("1.00"))).as("no client price: —").isNull();
	}

	@Test
	void amountsAreRoundedHalfUpAtTwoDecimalsAndWrittenFrenchStyle() {
		assertThat(Money.of(new BigDecimal("2.345"))).isEqualByComparingTo("2.35");
		assertThat(Money.of(new BigDecimal("2.344"))).isEqualByComparingTo("2.34");
		assertThat(Money.vat(new BigDecimal("0.125"), Money.STANDARD_VAT_RATE)).isEqualByComparingTo("0.03");
		assertThat(Money.of(null)).isEqualByComparingTo("0.00");
		assertThat(this.formats.euros(new BigDecimal("1234.5"))).isEqualTo("1 234,50 €");
	}

	@Test
	void aDiscountTakesItsPercentOffThePriceRoundedHalfUpAtTheCent() {
		assertThat(Money.lessPercent(new BigDecimal("3.00"), new BigDecimal("10"))).isEqualByComparingTo("2.70");
		assertThat(Money.lessPercent(new BigDecimal("9.99"), new BigDecimal("12.5"))).isEqualByComparingTo("8.74");
		assertThat(Money.lessPercent(new BigDecimal("3.00"), BigDecimal.ZERO)).isEqualByComparingTo("3.00");
	}

	@Test
	void aPercentageIsFromZeroToAHundred() {
		assertThat(Money.isPercent(BigDecimal.ZERO)).isTrue();
		assertThat(Money.isPercent(new BigDecimal("100"))).isTrue();
		assertThat(Money.isPercent(new BigDecimal("-0.01"))).isFalse();
		assertThat(Money.isPercent(new BigDecimal("100.01"))).isFalse();
	}

}
