package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Address;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A site of a company; the main site is created at step 2 of the wizard.
 */
@Entity
@Table(name = "site")
public class Site extends OwnedByTenant {

	private boolean main;

	private String name;

	private String siret;

	private String phone;

	private String fax;

	private String email;

	private String comment;

	@Embedded
	private Address address;

	private String openingHours;

	/** The name of a main site until its user gives another (the operator's usage). */
	public static final String MAIN_SITE_NAME = "Siège Social";

	protected Site() {
	}

	Site(Company company, boolean main, SiteDetails details) {
		super(company);
		this.main = main;
		apply(details);
	}

	void apply(SiteDetails details) {
		this.name = (details.name() == null || details.name().isBlank()) && this.main ? MAIN_SITE_NAME : details.name();
		this.siret = details.siret();
		this.phone = details.phone();
		this.fax = details.fax();
		this.email = details.email();
		this.comment = details.comment();
		this.address = details.address();
		this.openingHours = details.openingHours();
		touch();
	}

	SiteDetails details() {
		return new SiteDetails(this.name, this.siret, this.phone, this.fax, this.email, this.comment, this.address,
				this.openingHours);
	}

	public boolean isMain() {
		return this.main;
	}

	/** The name shown in lists: its own, or "Site principal". */
	public String getName() {
		return this.name;
	}

	/** The site's SIRET, once known. */
	void identify(String siret) {
		if (siret != null) {
			this.siret = siret;
		}
	}

	public String getSiret() {
		return this.siret;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getFax() {
		return this.fax;
	}

	public String getEmail() {
		return this.email;
	}

	public String getComment() {
		return this.comment;
	}

	public Address getAddress() {
		return this.address;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

}
