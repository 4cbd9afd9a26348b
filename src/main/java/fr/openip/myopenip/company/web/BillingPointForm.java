package fr.openip.myopenip.company.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.company.domain.BillingDetails;
import fr.openip.myopenip.company.domain.BillingPoint;
import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.domain.BillingPoint.PaymentTerms;
import fr.openip.myopenip.company.VatRegime;
import fr.openip.myopenip.company.validation.Identifiers;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * Step 3 of the wizard, "Création du point de facturation", also the form of any billing
 * point.
 */
public class BillingPointForm {

	private boolean defaultPoint = true;

	@Size(max = 200)
	private String holder;

	@Email
	@Size(max = 254)
	private String email;

	private PaymentMode paymentMode;

	private PaymentTerms paymentTerms;

	@Min(1)
	@Max(365)
	private Integer paymentTermsDays;

	private VatRegime vatRegime;

	private boolean paperInvoice;

	@Size(max = 50)
	private String iban;

	@Size(max = 20)
	private String bic;

	@Size(max = 35)
	private String rum;

	@Valid
	private AddressForm address = new AddressForm();

	private MultipartFile sepaMandate;

	private MultipartFile rib;

	private long version;

	static BillingPointForm of(BillingPoint point) {
		var form = new BillingPointForm();
		if (point != null) {
			form.defaultPoint = point.isDefaultPoint();
			form.holder = point.getHolder();
			form.email = point.getEmail();
			form.paymentMode = point.getPaymentMode();
			form.paymentTerms = point.getPaymentTerms();
			form.paymentTermsDays = point.getPaymentTermsDays();
			form.vatRegime = point.getVatRegime();
			form.paperInvoice = point.isPaperInvoice();
			form.iban = point.getIban();
			form.bic = point.getBic();
			form.rum = point.getRum();
			form.address = AddressForm.of(point.getAddress());
			form.version = point.getVersion();
		}
		return form;
	}

	void validate(Errors errors, boolean complete) {
		// Bank details count only for a direct debit; for another mode they are hidden
		// and not kept.
		boolean directDebit = this.paymentMode == PaymentMode.DIRECT_DEBIT;
		String compactIban = FormChecks.compact(this.iban);
		String compactBic = FormChecks.compact(this.bic);
		if (directDebit && compactIban != null && !Identifiers.isValidIban(compactIban)) {
			errors.rejectValue("iban", "company.iban.invalid");
		}
		if (directDebit && compactBic != null && !Identifiers.isValidBic(compactBic)) {
			errors.rejectValue("bic", "company.bic.invalid");
		}
		this.address.validate(errors, "address.", complete, false);
		if (!complete) {
			return;
		}
		FormChecks.require(errors, "holder", this.holder);
		FormChecks.require(errors, "email", this.email);
		FormChecks.require(errors, "paymentMode", this.paymentMode);
		FormChecks.require(errors, "paymentTerms", this.paymentTerms);
		FormChecks.require(errors, "vatRegime", this.vatRegime);
		if (this.paymentTerms == PaymentTerms.OTHER) {
			FormChecks.require(errors, "paymentTermsDays", this.paymentTermsDays);
		}
		if (this.paymentMode == PaymentMode.DIRECT_DEBIT) {
			FormChecks.require(errors, "iban", this.iban);
			FormChecks.require(errors, "bic", this.bic);
		}
	}

	BillingDetails toDetails() {
		return new BillingDetails(this.defaultPoint, FormChecks.trim(this.holder), FormChecks.trim(this.email),
				this.paymentMode, this.paymentTerms, this.paymentTermsDays, this.vatRegime, this.paperInvoice,
				FormChecks.compact(this.iban), FormChecks.compact(this.bic), FormChecks.trim(this.rum),
				this.address.toAddress());
	}

	public MultipartFile getSepaMandate() {
		return this.sepaMandate;
	}

	public void setSepaMandate(MultipartFile sepaMandate) {
		this.sepaMandate = sepaMandate;
	}

	public MultipartFile getRib() {
		return this.rib;
	}

	public void setRib(MultipartFile rib) {
		this.rib = rib;
	}

	public boolean isDefaultPoint() {
		return this.defaultPoint;
	}

	public void setDefaultPoint(boolean defaultPoint) {
		this.defaultPoint = defaultPoint;
	}

	public String getHolder() {
		return this.holder;
	}

	public void setHolder(String holder) {
		this.holder = holder;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public PaymentMode getPaymentMode() {
		return this.paymentMode;
	}

	public void setPaymentMode(PaymentMode paymentMode) {
		this.paymentMode = paymentMode;
	}

	public PaymentTerms getPaymentTerms() {
		return this.paymentTerms;
	}

	public void setPaymentTerms(PaymentTerms paymentTerms) {
		this.paymentTerms = paymentTerms;
	}

	public Integer getPaymentTermsDays() {
		return this.paymentTermsDays;
	}

	public void setPaymentTermsDays(Integer paymentTermsDays) {
		this.paymentTermsDays = paymentTermsDays;
	}

	public VatRegime getVatRegime() {
		return this.vatRegime;
	}

	public void setVatRegime(VatRegime vatRegime) {
		this.vatRegime = vatRegime;
	}

	public boolean isPaperInvoice() {
		return this.paperInvoice;
	}

	public void setPaperInvoice(boolean paperInvoice) {
		this.paperInvoice = paperInvoice;
	}

	public String getIban() {
		return this.iban;
	}

	public void setIban(String iban) {
		this.iban = iban;
	}

	public String getBic() {
		return this.bic;
	}

	public void setBic(String bic) {
		this.bic = bic;
	}

	public String getRum() {
		return this.rum;
	}

	public void setRum(String rum) {
		this.rum = rum;
	}

	public AddressForm getAddress() {
		return this.address;
	}

	public void setAddress(AddressForm address) {
		this.address = address;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
