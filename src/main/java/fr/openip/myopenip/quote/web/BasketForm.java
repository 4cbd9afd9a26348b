package fr.openip.myopenip.quote.web;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteLine;

/**
 * Step 1's form: the quantity of each product of the offer, by product id
 * ({@code quantities[12]=3}); no price, which comes from the catalogue.
 */
class BasketForm {

	private Map<Long, Integer> quantities = new LinkedHashMap<>();

	private long version;

	static BasketForm of(Quote quote) {
		var form = new BasketForm();
		for (QuoteLine line : quote.getLines()) {
			form.quantities.put(line.getProductId(), line.getQuantity());
		}
		form.version = quote.getVersion();
		return form;
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
