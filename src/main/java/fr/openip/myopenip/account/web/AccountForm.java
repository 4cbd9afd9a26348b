package fr.openip.myopenip.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.account.domain.AccountCommand;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.account.domain.UserAccount;

/**
 * The account form of the admins.
 */
class AccountForm {

	/** Validation group of what is only entered at creation (the login never changes). */
	interface OnCreate {

	}

	@NotBlank(groups = OnCreate.class)
	@Size(min = 3, max = 100, groups = OnCreate.class)
	@Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}", groups = OnCreate.class)
	private String username;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 100)
	private String firstName;

	@NotBlank
	@Size(max = 100)
	private String lastName;

	@NotNull
	private Role role;

	@NotNull
	private Long companyId;

	private long version;

	static AccountForm of(UserAccount account) {
		var form = new AccountForm();
		form.username = account.getUsername();
		form.email = account.getEmail();
		form.firstName = account.getFirstName();
		form.lastName = account.getLastName();
		form.role = account.getRole();
		form.companyId = account.getCompanyId();
		form.version = account.getVersion();
		return form;
	}

	AccountCommand toCommand() {
		return new AccountCommand(this.username, this.email, this.firstName, this.lastName, this.role, this.companyId);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public void setCompanyId(Long companyId) {
		this.companyId = companyId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
