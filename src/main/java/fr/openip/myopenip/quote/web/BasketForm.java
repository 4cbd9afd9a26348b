package fr.openip.myopenip.quote.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteAmendment;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.quote.domain.QuoteLine;

/**
 * Step 1's form: the quantity of each product of the offer, by product id
 * ({@code quantities[12]=3}); no price, which comes from the catalogue.
 */
class BasketForm {

	private Map<Long, Integer> quantities = new LinkedHashMap<>();

	/**
	 * An amendment's "Remise FMS" and "Remise abo.", in percent, as typed ("10" or
	 * "12,5").
	 */
	private Map<Long, String> setupDiscounts = new LinkedHashMap<>();

	private Map<Long, String> monthlyDiscounts = new LinkedHashMap<>();

	private long version;

	static BasketForm of(Quote quote) {
		var form = new BasketForm();
		for (QuoteLine line : quote.getLines()) {
			form.quantities.put(line.getProductId(), line.getQuantity());
			form.setupDiscounts.put(line.getProductId(), percent(line.getSetupDiscount()));
			form.monthlyDiscounts.put(line.getProductId(), percent(line.getMonthlyDiscount()));
		}
		form.version = quote.getVersion();
		return form;
	}

	/**
	 * An amendment's form from the OC as it stands: each product at its live quantity.
	 */
	static BasketForm of(fr.openip.myopenip.order.Orders.AmendableOffer offer) {
		var form = new BasketForm();
		offer.products().forEach((product) -> form.quantities.put(product.productId(), product.quantity()));
		return form;
	}

	/** What was typed for an amendment, discounts read as percentages. */
	QuoteAmendment.Basket amendment() {
		return new QuoteAmendment.Basket(nonNull(this.quantities), parse(this.setupDiscounts),
				parse(this.monthlyDiscounts));
	}

	private static Map<Long, Integer> nonNull(Map<Long, Integer> quantities) {
		Map<Long, Integer> typed = new LinkedHashMap<>();
		quantities.forEach((id, quantity) -> typed.put(id, quantity == null ? 0 : quantity));
		return typed;
	}

	private static Map<Long, BigDecimal> parse(Map<Long, String> typed) {
		Map<Long, BigDecimal> percents = new LinkedHashMap<>();
		typed.forEach((id, text) -> {
			if (text != null && !text.isBlank()) {
				try {
					percents.put(id, new BigDecimal(text.strip().replace(',', '.')));
				}
				catch (NumberFormatException notANumber) {
					throw new BusinessRuleException("amendment.error.discountRange");
				}
			}
		});
		return percents;
	}

	private static String percent(BigDecimal value) {
		return value == null || value.signum() == 0 ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	public Map<Long, String> getSetupDiscounts() {
		return this.setupDiscounts;
	}

	public void setSetupDiscounts(Map<Long, String> setupDiscounts) {
		this.setupDiscounts = setupDiscounts;
	}

	public Map<Long, String> getMonthlyDiscounts() {
		return this.monthlyDiscounts;
	}

	public void setMonthlyDiscounts(Map<Long, String> monthlyDiscounts) {
		this.monthlyDiscounts = monthlyDiscounts;
	}

	public Map<Long, Integer> getQuantities() {
		return this.quantities;
	}

	public void setQuantities(Map<Long, Integer> quantities) {
		this.quantities = quantities;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
