package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Address;
import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.VatRegime;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where and how a company is invoiced (step 3 of the wizard, "Création du point de
 * facturation").
 */
@Entity
@Table(name = "billing_point")
public class BillingPoint extends OwnedByTenant {

	/** "Mode de paiement". */

	/** "Délais de paiement". */
	public enum PaymentTerms {

		ON_RECEIPT, DAYS_30, DAYS_45_END_OF_MONTH, DAYS_60, OTHER

	}

	/** "Régime de TVA". */

	@jakarta.persistence.Column(name = "is_default")
	private boolean defaultPoint;

	private String holder;

	private String email;

	@Enumerated(EnumType.STRING)
	private PaymentMode paymentMode;

	@Enumerated(EnumType.STRING)
	private PaymentTerms paymentTerms;

	private Integer paymentTermsDays;

	@Enumerated(EnumType.STRING)
	private VatRegime vatRegime;

	private boolean paperInvoice;

	private String iban;

	private String bic;

	private String rum;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "sepa_mandate_id")
	private StoredFile sepaMandate;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "rib_id")
	private StoredFile rib;

	@Embedded
	private Address address;

	protected BillingPoint() {
	}

	BillingPoint(Company company, BillingDetails details) {
		super(company);
		apply(details);
	}

	void apply(BillingDetails details) {
		this.holder = details.holder();
		this.email = details.email();
		this.paymentMode = details.paymentMode();
		this.paymentTerms = details.paymentTerms();
		this.paymentTermsDays = details.paymentTerms() == PaymentTerms.OTHER ? details.paymentTermsDays() : null;
		this.vatRegime = details.vatRegime();
		this.paperInvoice = details.paperInvoice();
		boolean debit = details.paymentMode() == PaymentMode.DIRECT_DEBIT;
		this.iban = debit ? details.iban() : null;
		this.bic = debit ? details.bic() : null;
		this.rum = debit ? details.rum() : null;
		this.address = details.address();
		touch();
	}

	public BillingDetails details() {
		return new BillingDetails(this.defaultPoint, this.holder, this.email, this.paymentMode, this.paymentTerms,
				this.paymentTermsDays, this.vatRegime, this.paperInvoice, this.iban, this.bic, this.rum, this.address);
	}

	void makeDefault(boolean isDefault) {
		this.defaultPoint = isDefault;
	}

	void attachSepaMandate(StoredFile file) {
		this.sepaMandate = file;
	}

	void attachRib(StoredFile file) {
		this.rib = file;
	}

	public boolean isDefaultPoint() {
		return this.defaultPoint;
	}

	public String getHolder() {
		return this.holder;
	}

	public String getEmail() {
		return this.email;
	}

	public PaymentMode getPaymentMode() {
		return this.paymentMode;
	}

	public PaymentTerms getPaymentTerms() {
		return this.paymentTerms;
	}

	public Integer getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public VatRegime getVatRegime() {
		return this.vatRegime;
	}

	public boolean isPaperInvoice() {
		return this.paperInvoice;
	}

	public String getIban() {
		return this.iban;
	}

	public String getBic() {
		return this.bic;
	}

	public String getRum() {
		return this.rum;
	}

	public StoredFile getSepaMandate() {
		return this.sepaMandate;
	}

	public StoredFile getRib() {
		return this.rib;
	}

	public Address getAddress() {
		return this.address;
	}

}
