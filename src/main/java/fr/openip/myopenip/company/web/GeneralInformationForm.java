package fr.openip.myopenip.company.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.Company.GuaranteeType;
import fr.openip.myopenip.company.domain.Company.LegalForm;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.domain.GeneralInformation;

import org.springframework.validation.Errors;

/**
 * Step 1 of the wizard, "Informations générales", also the form of "Informations
 * société".
 */
public class GeneralInformationForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 50)
	private String clientReference;

	private Boolean inCreation = Boolean.FALSE;

	@Size(max = 20)
	private String siren;

	private LegalForm legalForm;

	@Size(max = 2000)
	private String comment;

	@Size(max = 300)
	private String website;

	private CompanyUniverse universe = CompanyUniverse.END_CLIENT;

	private GuaranteeType guaranteeType = GuaranteeType.NONE;

	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal deposit;

	@Email
	@Size(max = 254)
	private String salesEmail;

	@Email
	@Size(max = 254)
	private String advEmail;

	@Email
	@Size(max = 254)
	private String adminEmail;

	/** "Entreprise référente", chosen by the operator's staff only. */
	private Long referentId;

	private long version;

	static GeneralInformationForm of(Company company) {
		var form = new GeneralInformationForm();
		form.name = company.getName();
		form.clientReference = company.getClientReference();
		form.inCreation = company.isInCreation();
		form.siren = company.getSiren();
		form.legalForm = company.getLegalForm();
		form.comment = company.getComment();
		form.website = company.getWebsite();
		form.universe = company.getUniverse();
		form.guaranteeType = company.getGuaranteeType();
		form.deposit = company.getDeposit();
		form.salesEmail = company.getSalesEmail();
		form.advEmail = company.getAdvEmail();
		form.adminEmail = company.getAdminEmail();
		form.version = company.getVersion();
		return form;
	}

	/**
	 * Formats always; what is required only when the step is completed (not for a draft).
	 */
	void validate(Errors errors, boolean complete) {
		FormChecks.siren(errors, "siren", FormChecks.compact(this.siren));
		if (this.universe != null && this.universe != CompanyUniverse.END_CLIENT
				&& this.universe != CompanyUniverse.OTHER) {
			errors.rejectValue("universe", "company.universe.invalid");
		}
		if (!complete) {
			return;
		}
		FormChecks.require(errors, "clientReference", this.clientReference);
		FormChecks.require(errors, "inCreation", this.inCreation);
		if (!Boolean.TRUE.equals(this.inCreation)) {
			FormChecks.require(errors, "siren", this.siren);
		}
		if (this.guaranteeType == GuaranteeType.DEPOSIT) {
			FormChecks.require(errors, "deposit", this.deposit);
		}
	}

	GeneralInformation toInformation() {
		return new GeneralInformation(this.name.trim(), FormChecks.trim(this.clientReference),
				Boolean.TRUE.equals(this.inCreation), FormChecks.compact(this.siren), this.legalForm,
				FormChecks.trim(this.comment), FormChecks.trim(this.website), this.universe,
				this.guaranteeType == null ? GuaranteeType.NONE : this.guaranteeType, this.deposit,
				FormChecks.trim(this.salesEmail), FormChecks.trim(this.advEmail), FormChecks.trim(this.adminEmail));
	}

	public Boolean getInCreation() {
		return this.inCreation;
	}

	public void setInCreation(Boolean inCreation) {
		this.inCreation = inCreation;
	}

	public Long getReferentId() {
		return this.referentId;
	}

	public void setReferentId(Long referentId) {
		this.referentId = referentId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getClientReference() {
		return this.clientReference;
	}

	public void setClientReference(String clientReference) {
		this.clientReference = clientReference;
	}

	public String getSiren() {
		return this.siren;
	}

	public void setSiren(String siren) {
		this.siren = siren;
	}

	public LegalForm getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public CompanyUniverse getUniverse() {
		return this.universe;
	}

	public void setUniverse(CompanyUniverse universe) {
		this.universe = universe;
	}

	public GuaranteeType getGuaranteeType() {
		return this.guaranteeType;
	}

	public void setGuaranteeType(GuaranteeType guaranteeType) {
		this.guaranteeType = guaranteeType;
	}

	public BigDecimal getDeposit() {
		return this.deposit;
	}

	public void setDeposit(BigDecimal deposit) {
		this.deposit = deposit;
	}

	public String getSalesEmail() {
		return this.salesEmail;
	}

	public void setSalesEmail(String salesEmail) {
		this.salesEmail = salesEmail;
	}

	public String getAdvEmail() {
		return this.advEmail;
	}

	public void setAdvEmail(String advEmail) {
		this.advEmail = advEmail;
	}

	public String getAdminEmail() {
		return this.adminEmail;
	}

	public void setAdminEmail(String adminEmail) {
		this.adminEmail = adminEmail;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
