package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.openip.myopenip.catalogue.Catalogue.ProductView;
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

	/** FMS of the line, client price × quantity. */
	public BigDecimal getSetupTotal() {
		return Money.times(this.setupClient, this.quantity);
	}

	/** Abonnement of the line, client price × quantity, per month. */
	public BigDecimal getMonthlyTotal() {
		return Money.times(this.monthlyClient, this.quantity);
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
