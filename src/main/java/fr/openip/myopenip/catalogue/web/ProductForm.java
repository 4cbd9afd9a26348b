package fr.openip.myopenip.catalogue.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.catalogue.TelephonyUse;
import fr.openip.myopenip.catalogue.domain.Product;
import fr.openip.myopenip.catalogue.domain.ProductTerms;

/**
 * The staff's form for a product: its section, name, supplier reference, place, and its
 * FMS and Abonnement at client and operator price.
 */
class ProductForm {

	@NotBlank
	@Size(max = 200)
	private String section;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 40)
	private String supplierReference;

	@Min(0)
	@Max(999)
	private int position;

	@NotBlank
	@Size(max = 16)
	@Pattern(regexp = Amounts.PATTERN, message = "{catalogue.amount.pattern}")
	private String setupClient = "0,00";

	@NotBlank
	@Size(max = 16)
	@Pattern(regexp = Amounts.PATTERN, message = "{catalogue.amount.pattern}")
	private String setupOperator = "0,00";

	@NotBlank
	@Size(max = 16)
	@Pattern(regexp = Amounts.PATTERN, message = "{catalogue.amount.pattern}")
	private String monthlyClient = "0,00";

	@NotBlank
	@Size(max = 16)
	@Pattern(regexp = Amounts.PATTERN, message = "{catalogue.amount.pattern}")
	private String monthlyOperator = "0,00";

	/** "Usage en téléphonie hébergée": none, a licence, numbers. */
	private TelephonyUse telephonyUse;

	/** "Formulaire à compléter par unité": none, a porting mandate, a setup sheet. */
	private FormType formNeeded;

	private long version;

	static ProductForm of(Product product) {
		var form = new ProductForm();
		ProductTerms terms = product.terms();
		form.section = terms.section();
		form.name = terms.name();
		form.supplierReference = terms.supplierReference();
		form.position = terms.position();
		form.setupClient = Amounts.format(terms.setupClient());
		form.setupOperator = Amounts.format(terms.setupOperator());
		form.monthlyClient = Amounts.format(terms.monthlyClient());
		form.monthlyOperator = Amounts.format(terms.monthlyOperator());
		form.telephonyUse = terms.telephonyUse();
		form.formNeeded = terms.formNeeded();
		form.version = product.getVersion();
		return form;
	}

	ProductTerms toTerms() {
		return new ProductTerms(this.section, this.name, this.supplierReference, this.position,
				amount(this.setupClient), amount(this.setupOperator), amount(this.monthlyClient),
				amount(this.monthlyOperator), this.telephonyUse, this.formNeeded);
	}

	private static BigDecimal amount(String typed) {
		BigDecimal amount = Amounts.parse(typed);
		return amount == null ? BigDecimal.ZERO : amount;
	}

	public String getSection() {
		return this.section;
	}

	public void setSection(String section) {
		this.section = section;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSupplierReference() {
		return this.supplierReference;
	}

	public void setSupplierReference(String supplierReference) {
		this.supplierReference = supplierReference;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public String getSetupClient() {
		return this.setupClient;
	}

	public void setSetupClient(String setupClient) {
		this.setupClient = setupClient;
	}

	public String getSetupOperator() {
		return this.setupOperator;
	}

	public void setSetupOperator(String setupOperator) {
		this.setupOperator = setupOperator;
	}

	public String getMonthlyClient() {
		return this.monthlyClient;
	}

	public void setMonthlyClient(String monthlyClient) {
		this.monthlyClient = monthlyClient;
	}

	public String getMonthlyOperator() {
		return this.monthlyOperator;
	}

	public void setMonthlyOperator(String monthlyOperator) {
		this.monthlyOperator = monthlyOperator;
	}

	public TelephonyUse getTelephonyUse() {
		return this.telephonyUse;
	}

	public void setTelephonyUse(TelephonyUse telephonyUse) {
		this.telephonyUse = telephonyUse;
	}

	public FormType getFormNeeded() {
		return this.formNeeded;
	}

	public void setFormNeeded(FormType formNeeded) {
		this.formNeeded = formNeeded;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
