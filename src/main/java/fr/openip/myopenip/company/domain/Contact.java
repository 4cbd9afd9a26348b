package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Civility;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A person of a company; the administrator is created at step 4 of the wizard.
 */
@Entity
@Table(name = "contact")
public class Contact extends OwnedByTenant {

	/** "Civilité". */

	/** "Fonction": a contact may have several. */
	public enum Function {

		SALES_ADMINISTRATION, SALES, ACCOUNTING, SALES_MANAGEMENT, GENERAL_MANAGEMENT, TECHNICAL_MANAGEMENT,
		CUSTOMER_SERVICE, TECHNICAL_SUPPORT, TECHNICIAN

	}

	private boolean administrator;

	@Enumerated(EnumType.STRING)
	private Civility civility;

	private String lastName;

	private String firstName;

	private String phone;

	private String mobile;

	private String fax;

	private String email;

	/** The functions, stored as their names separated by commas. */
	private String functions;

	protected Contact() {
	}

	Contact(Company company, boolean administrator, ContactDetails details) {
		super(company);
		this.administrator = administrator;
		apply(details);
	}

	void apply(ContactDetails details) {
		this.civility = details.civility();
		this.lastName = details.lastName();
		this.firstName = details.firstName();
		this.phone = details.phone();
		this.mobile = details.mobile();
		this.fax = details.fax();
		this.email = details.email();
		this.functions = details.functions() == null ? ""
				: details.functions().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		touch();
	}

	ContactDetails details() {
		return new ContactDetails(this.civility, this.lastName, this.firstName, this.phone, this.mobile, this.fax,
				this.email, getFunctions());
	}

	public boolean isAdministrator() {
		return this.administrator;
	}

	public Civility getCivility() {
		return this.civility;
	}

	public String getLastName() {
		return this.lastName;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getFullName() {
		return ((this.firstName == null ? "" : this.firstName) + " " + (this.lastName == null ? "" : this.lastName))
			.trim();
	}

	public String getPhone() {
		return this.phone;
	}

	public String getMobile() {
		return this.mobile;
	}

	public String getFax() {
		return this.fax;
	}

	public String getEmail() {
		return this.email;
	}

	public Set<Function> getFunctions() {
		if (this.functions == null || this.functions.isBlank()) {
			return EnumSet.noneOf(Function.class);
		}
		return Arrays.stream(this.functions.split(","))
			.map(Function::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Function.class)));
	}

}
