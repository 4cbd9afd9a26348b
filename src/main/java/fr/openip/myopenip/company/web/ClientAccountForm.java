package fr.openip.myopenip.company.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.domain.ContactDetails;
import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.validation.Identifiers;

/**
 * "Création du compte client", the one form of step 4 of a prospect's quote (guide 002,
 * part B): the billing point ("Création du point de facturation"), "Identification du
 * client" (SIREN, SIRET) and the administrator.
 */
public class ClientAccountForm extends BillingPointForm {

	@Size(max = 20)
	private String siren;

	@Size(max = 20)
	private String siret;

	private Civility adminCivility;

	@Size(max = 100)
	private String adminLastName;

	@Size(max = 100)
	private String adminFirstName;

	@Size(max = 30)
	private String adminPhone;

	@Email
	@Size(max = 254)
	private String adminEmail;

	void validate(Errors errors) {
		validate(errors, true);
		String compactSiren = FormChecks.compact(this.siren);
		String compactSiret = FormChecks.compact(this.siret);
		if (compactSiren != null && !Identifiers.isValidSiren(compactSiren)) {
			errors.rejectValue("siren", "company.siren.invalid");
		}
		if (compactSiret != null && !Identifiers.isValidSiret(compactSiret)) {
			errors.rejectValue("siret", "company.siret.invalid");
		}
		// "Code rum *": guide 002 asks for the mandate's reference with the account
		if (getPaymentMode() == PaymentMode.DIRECT_DEBIT) {
			FormChecks.require(errors, "rum", getRum());
		}
		FormChecks.require(errors, "adminCivility", this.adminCivility);
		FormChecks.require(errors, "adminLastName", this.adminLastName);
		FormChecks.require(errors, "adminFirstName", this.adminFirstName);
		FormChecks.require(errors, "adminPhone", this.adminPhone);
		FormChecks.require(errors, "adminEmail", this.adminEmail);
	}

	String compactSiren() {
		return FormChecks.compact(this.siren);
	}

	String compactSiret() {
		return FormChecks.compact(this.siret);
	}

	ContactDetails administrator() {
		return new ContactDetails(this.adminCivility, FormChecks.trim(this.adminLastName),
				FormChecks.trim(this.adminFirstName), FormChecks.trim(this.adminPhone), null, null,
				FormChecks.trim(this.adminEmail), Set.of());
	}

	public String getSiren() {
		return this.siren;
	}

	public void setSiren(String siren) {
		this.siren = siren;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public Civility getAdminCivility() {
		return this.adminCivility;
	}

	public void setAdminCivility(Civility adminCivility) {
		this.adminCivility = adminCivility;
	}

	public String getAdminLastName() {
		return this.adminLastName;
	}

	public void setAdminLastName(String adminLastName) {
		this.adminLastName = adminLastName;
	}

	public String getAdminFirstName() {
		return this.adminFirstName;
	}

	public void setAdminFirstName(String adminFirstName) {
		this.adminFirstName = adminFirstName;
	}

	public String getAdminPhone() {
		return this.adminPhone;
	}

	public void setAdminPhone(String adminPhone) {
		this.adminPhone = adminPhone;
	}

	public String getAdminEmail() {
		return this.adminEmail;
	}

	public void setAdminEmail(String adminEmail) {
		this.adminEmail = adminEmail;
	}

}
