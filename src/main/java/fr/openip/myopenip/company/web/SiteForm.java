package fr.openip.myopenip.company.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.company.domain.Site;
import fr.openip.myopenip.company.domain.SiteDetails;

import org.springframework.validation.Errors;

/**
 * Step 2 of the wizard, "Création du site principal", also the form of any site.
 */
public class SiteForm {

	@Size(max = 200)
	private String name;

	@Size(max = 20)
	private String siret;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +().-]*", message = "{company.phone.pattern}")
	private String phone;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +().-]*", message = "{company.phone.pattern}")
	private String fax;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 2000)
	private String comment;

	@Valid
	private AddressForm address = new AddressForm();

	@Size(max = 300)
	private String openingHours;

	private long version;

	/** The form of the main site at step 2: its name is "Siège Social" until changed. */
	static SiteForm ofMainSite(Site site) {
		var form = of(site);
		if (site == null) {
			form.name = Site.MAIN_SITE_NAME;
		}
		return form;
	}

	static SiteForm of(Site site) {
		var form = new SiteForm();
		if (site != null) {
			form.name = site.getName();
			form.siret = site.getSiret();
			form.phone = site.getPhone();
			form.fax = site.getFax();
			form.email = site.getEmail();
			form.comment = site.getComment();
			form.address = AddressForm.of(site.getAddress());
			form.openingHours = site.getOpeningHours();
			form.version = site.getVersion();
		}
		return form;
	}

	void validate(Errors errors, boolean complete, String companySiren) {
		FormChecks.siret(errors, "siret", FormChecks.compact(this.siret), companySiren);
		this.address.validate(errors, "address.", complete, true);
		if (complete) {
			FormChecks.require(errors, "phone", this.phone);
		}
	}

	SiteDetails toDetails() {
		return new SiteDetails(FormChecks.trim(this.name), FormChecks.compact(this.siret), FormChecks.trim(this.phone),
				FormChecks.trim(this.fax), FormChecks.trim(this.email), FormChecks.trim(this.comment),
				this.address.toAddress(), FormChecks.trim(this.openingHours));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
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

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public AddressForm getAddress() {
		return this.address;
	}

	public void setAddress(AddressForm address) {
		this.address = address;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
