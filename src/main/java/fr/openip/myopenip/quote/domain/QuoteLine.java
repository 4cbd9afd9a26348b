package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.Money;

/**
 * A line of a quote: a product of its offer, a quantity, and the catalogue's prices of
 * the day (client prices for the client, operator prices for the reseller's margin).
 */
@Entity
@Table(name = "quote_line")
public class QuoteLine extends QuotePart {

	private long productId;

	private String section;

	private String productName;

	private String supplierReference;

	private int quantity;

	private BigDecimal setupClient;

	private BigDecimal monthlyClient;

	private BigDecimal setupOperator;

	private BigDecimal monthlyOperator;

	/**
	 * An amendment's: what the OC had of the product ("Quantité commandée dans le devis
	 * précédent"), and what those units cost a month at their contracted prices.
	 */
	private int initialQuantity;

	private BigDecimal initialMonthly = Money.ZERO;

	/** "Remise FMS" and "Remise abo.", in percent of the client price. */
	private BigDecimal setupDiscount = Money.ZERO;

	private BigDecimal monthlyDiscount = Money.ZERO;

	protected QuoteLine() {
	}

	QuoteLine(Quote quote, ProductView product, int quantity) {
		super(quote);
		this.productId = product.id();
		change(product, quantity);
	}

	/** The same line on the next version of its quote. */
	QuoteLine(Quote quote, QuoteLine previous) {
		super(quote);
		this.productId = previous.productId;
		this.section = previous.section;
		this.productName = previous.productName;
		this.supplierReference = previous.supplierReference;
		this.quantity = previous.quantity;
		this.setupClient = previous.setupClient;
		this.monthlyClient = previous.monthlyClient;
		this.setupOperator = previous.setupOperator;
		this.monthlyOperator = previous.monthlyOperator;
		this.initialQuantity = previous.initialQuantity;
		this.initialMonthly = previous.initialMonthly;
		this.setupDiscount = previous.setupDiscount;
		this.monthlyDiscount = previous.monthlyDiscount;
	}

	/** What the OC has of the product now, for an amendment. */
	void initial(int quantity, BigDecimal monthly) {
		this.initialQuantity = quantity;
		this.initialMonthly = Money.of(monthly);
	}

	/**
	 * "Remise FMS" and "Remise abo.": refused when a discounted client price would fall
	 * below the operator's price.
	 */
	void discount(BigDecimal setup, BigDecimal monthly) {
		BigDecimal setupPercent = percent(setup);
		BigDecimal monthlyPercent = percent(monthly);
		if (discounted(this.setupClient, setupPercent).compareTo(this.setupOperator) < 0
				|| discounted(this.monthlyClient, monthlyPercent).compareTo(this.monthlyOperator) < 0) {
			throw new BusinessRuleException("amendment.error.discount", this.productName);
		}
		this.setupDiscount = setupPercent;
		this.monthlyDiscount = monthlyPercent;
		touch();
	}

	private static BigDecimal percent(BigDecimal typed) {
		BigDecimal percent = typed == null ? Money.ZERO : Money.of(typed);
		if (!Money.isPercent(percent)) {
			throw new BusinessRuleException("amendment.error.discountRange");
		}
		return percent;
	}

	private static BigDecimal discounted(BigDecimal price, BigDecimal percent) {
		return Money.lessPercent(price, percent);
	}

	/** A new quantity, at the catalogue's prices of the day. */
	void change(ProductView product, int quantity) {
		this.section = product.section();
		this.productName = product.name();
		this.supplierReference = product.supplierReference();
		this.quantity = quantity;
		this.setupClient = Money.of(product.setupClient());
		this.monthlyClient = Money.of(product.monthlyClient());
		this.setupOperator = Money.of(product.setupOperator());
		this.monthlyOperator = Money.of(product.monthlyOperator());
		touch();
	}

	/**
	 * FMS of the line: the discounted client price × the units set up (all of them, or
	 * for an amendment those it adds).
	 */
	public BigDecimal getSetupTotal() {
		return Money.times(getSetupUnit(), Math.max(this.quantity - this.initialQuantity, 0));
	}

	/** Abonnement of the line, per month: the discounted client price × quantity. */
	public BigDecimal getMonthlyTotal() {
		return Money.times(getMonthlyUnit(), this.quantity);
	}

	/** The client's unit FMS, after "Remise FMS". */
	public BigDecimal getSetupUnit() {
		return discounted(this.setupClient, this.setupDiscount);
	}

	/** The client's unit Abonnement, after "Remise abo.". */
	public BigDecimal getMonthlyUnit() {
		return discounted(this.monthlyClient, this.monthlyDiscount);
	}

	/** "Évolution": units added (positive) or taken away (negative) by an amendment. */
	public int getEvolution() {
		return this.quantity - this.initialQuantity;
	}

	public int getInitialQuantity() {
		return this.initialQuantity;
	}

	/** What the OC pays a month for the product today, at its contracted prices. */
	public BigDecimal getInitialMonthly() {
		return this.initialMonthly;
	}

	public BigDecimal getSetupDiscount() {
		return this.setupDiscount;
	}

	public BigDecimal getMonthlyDiscount() {
		return this.monthlyDiscount;
	}

	public long getProductId() {
		return this.productId;
	}

	public String getSection() {
		return this.section;
	}

	public String getProductName() {
		return this.productName;
	}

	public String getSupplierReference() {
		return this.supplierReference;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public BigDecimal getSetupClient() {
		return this.setupClient;
	}

	public BigDecimal getMonthlyClient() {
		return this.monthlyClient;
	}

	public BigDecimal getSetupOperator() {
		return this.setupOperator;
	}

	public BigDecimal getMonthlyOperator() {
		return this.monthlyOperator;
	}

}
