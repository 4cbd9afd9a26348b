package fr.openip.myopenip.catalogue.domain;

import fr.openip.myopenip.shared.Audited;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.catalogue.TelephonyUse;
import fr.openip.myopenip.shared.Money;

/**
 * A product of an offer, in a section of it: its supplier reference ({@code OPI-205}),
 * its setup fee (FMS, "frais de mise en service") and monthly fee (Abonnement), each at
 * client price (what the end client pays) and operator price (what the reseller pays the
 * operator). A retired product is no longer sold but stays on the quotes and OCs that
 * hold it.
 */
@Entity
@Table(name = "product")
public class Product extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "offer_id", updatable = false)
	private Offer offer;

	@Column(nullable = false)
	private String section;

	@Column(nullable = false)
	private String name;

	private String supplierReference;

	private int position;

	private BigDecimal setupClient;

	private BigDecimal setupOperator;

	private BigDecimal monthlyClient;

	private BigDecimal monthlyOperator;

	private Instant retiredAt;

	@Enumerated(EnumType.STRING)
	private TelephonyUse telephonyUse;

	/** The form each unit sold needs ("Formulaires"), if any. */
	@Enumerated(EnumType.STRING)
	private FormType formNeeded;

	protected Product() {
	}

	public Product(Offer offer, ProductTerms terms) {
		this.offer = offer;
		change(terms);
	}

	public void change(ProductTerms terms) {
		if (terms.formNeeded() != null && !terms.formNeeded().perUnit()) {
			// the SEPA mandate and the termination letter come from the sale, not a
			// product
			throw BusinessRuleException.onField("formNeeded", "catalogue.error.formNotPerUnit");
		}
		this.section = terms.section().trim();
		this.name = terms.name().trim();
		this.supplierReference = (terms.supplierReference() == null || terms.supplierReference().isBlank()) ? null
				: terms.supplierReference().trim();
		this.position = terms.position();
		this.setupClient = Money.of(terms.setupClient());
		this.setupOperator = Money.of(terms.setupOperator());
		this.monthlyClient = Money.of(terms.monthlyClient());
		this.monthlyOperator = Money.of(terms.monthlyOperator());
		this.telephonyUse = terms.telephonyUse();
		this.formNeeded = terms.formNeeded();
	}

	public void retire(Instant now) {
		this.retiredAt = now;
	}

	public void reinstate() {
		this.retiredAt = null;
	}

	public ProductTerms terms() {
		return new ProductTerms(this.section, this.name, this.supplierReference, this.position, this.setupClient,
				this.setupOperator, this.monthlyClient, this.monthlyOperator, this.telephonyUse, this.formNeeded);
	}

	/** Margin on the setup fee, in percent; null when the client price is 0. */
	public BigDecimal getSetupMargin() {
		return Money.marginPercent(this.setupClient, this.setupOperator);
	}

	/** Margin on the monthly fee, in percent; null when the client price is 0. */
	public BigDecimal getMonthlyMargin() {
		return Money.marginPercent(this.monthlyClient, this.monthlyOperator);
	}

	public Long getId() {
		return this.id;
	}

	public Offer getOffer() {
		return this.offer;
	}

	public String getSection() {
		return this.section;
	}

	public String getName() {
		return this.name;
	}

	public String getSupplierReference() {
		return this.supplierReference;
	}

	public int getPosition() {
		return this.position;
	}

	public BigDecimal getSetupClient() {
		return this.setupClient;
	}

	public BigDecimal getSetupOperator() {
		return this.setupOperator;
	}

	public BigDecimal getMonthlyClient() {
		return this.monthlyClient;
	}

	public BigDecimal getMonthlyOperator() {
		return this.monthlyOperator;
	}

	public FormType getFormNeeded() {
		return this.formNeeded;
	}

	public TelephonyUse getTelephonyUse() {
		return this.telephonyUse;
	}

	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

}
