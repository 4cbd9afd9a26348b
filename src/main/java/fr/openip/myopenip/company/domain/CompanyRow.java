package fr.openip.myopenip.company.domain;

import java.time.Instant;

import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.company.domain.Company.LegalForm;
import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A company as its list shows it (and exports it): read as a projection, with its main
 * site's postal code and city and its referent's name.
 */
public record CompanyRow(long id, String name, Instant createdAt, LegalForm legalForm, CompanyState state,
		Integer wizardStep, String siren, String postalCode, String city, String referentName) implements ListRow {

	/** What the rows of a list read: the list's alias is {@code c}. */
	static final ListRows<CompanyRow> ROWS = ListRows.of(CompanyRow.class,
			"new fr.openip.myopenip.company.domain.CompanyRow(c.id, c.name, c.createdAt, c.legalForm, c.state,"
					+ " c.wizardStep, c.siren, s.address.postalCode, s.address.city, r.name)",
			"left join c.referent r left join Site s on s.company = c and s.main = true");

	/** The last step of the wizard completed, while the wizard is unfinished. */
	public Integer stepsCompleted() {
		return this.wizardStep == null ? null : this.wizardStep - 1;
	}

	/** "Code postal / Ville" of the main site. */
	public String postalCodeAndCity() {
		if (this.postalCode == null) {
			return this.city == null ? "" : this.city;
		}
		return this.city == null ? this.postalCode : this.postalCode + " " + this.city;
	}

}
