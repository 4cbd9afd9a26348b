package fr.openip.myopenip.company.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.company.domain.Contact;
import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.domain.Contact.Function;
import fr.openip.myopenip.company.domain.ContactDetails;

import org.springframework.validation.Errors;

/**
 * Step 4 of the wizard, "Création de l'administrateur", also the form of any contact.
 */
public class ContactForm {

	private Civility civility;

	@Size(max = 100)
	private String lastName;

	@Size(max = 100)
	private String firstName;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +().-]*", message = "{company.phone.pattern}")
	private String phone;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +().-]*", message = "{company.phone.pattern}")
	private String mobile;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +().-]*", message = "{company.phone.pattern}")
	private String fax;

	@Email
	@Size(max = 254)
	private String email;

	private Set<Function> functions = EnumSet.noneOf(Function.class);

	private long version;

	static ContactForm of(Contact contact) {
		var form = new ContactForm();
		if (contact != null) {
			form.civility = contact.getCivility();
			form.lastName = contact.getLastName();
			form.firstName = contact.getFirstName();
			form.phone = contact.getPhone();
			form.mobile = contact.getMobile();
			form.fax = contact.getFax();
			form.email = contact.getEmail();
			form.functions = contact.getFunctions();
			form.version = contact.getVersion();
		}
		return form;
	}

	/**
	 * Checks the required fields once the form is complete. The telephone is required of
	 * a client's contacts (guide 003) and optional for a prospect's (guide 002).
	 */
	void validate(Errors errors, boolean complete, boolean phoneRequired) {
		if (complete) {
			FormChecks.require(errors, "civility", this.civility);
			FormChecks.require(errors, "lastName", this.lastName);
			FormChecks.require(errors, "firstName", this.firstName);
			if (phoneRequired) {
				FormChecks.require(errors, "phone", this.phone);
			}
			FormChecks.require(errors, "email", this.email);
		}
	}

	ContactDetails toDetails() {
		return new ContactDetails(this.civility, FormChecks.trim(this.lastName), FormChecks.trim(this.firstName),
				FormChecks.trim(this.phone), FormChecks.trim(this.mobile), FormChecks.trim(this.fax),
				FormChecks.trim(this.email), this.functions == null ? Set.of() : this.functions);
	}

	public Civility getCivility() {
		return this.civility;
	}

	public void setCivility(Civility civility) {
		this.civility = civility;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getFax() {
		return this.fax;
	}

	public void setFax(String fax) {
		this.fax = fax;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Set<Function> getFunctions() {
		return this.functions;
	}

	public void setFunctions(Set<Function> functions) {
		this.functions = functions;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
