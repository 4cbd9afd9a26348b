package fr.openip.myopenip.company.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.domain.PartnerCompanyCommand;

/**
 * The admins' form for an operator, reseller or ambassador company.
 */
class PartnerCompanyForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private CompanyUniverse universe;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 30)
	@Pattern(regexp = "[0-9 +().-]*", message = "{company.phone.pattern}")
	private String phone;

	private long version;

	static PartnerCompanyForm of(Company company) {
		var form = new PartnerCompanyForm();
		form.name = company.getName();
		form.universe = company.getUniverse();
		form.email = company.getEmail();
		form.phone = company.getPhone();
		form.version = company.getVersion();
		return form;
	}

	PartnerCompanyCommand toCommand() {
		return new PartnerCompanyCommand(this.name, this.universe, this.email, this.phone);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public CompanyUniverse getUniverse() {
		return this.universe;
	}

	public void setUniverse(CompanyUniverse universe) {
		this.universe = universe;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
