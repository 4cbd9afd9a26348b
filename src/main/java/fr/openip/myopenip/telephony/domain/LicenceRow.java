package fr.openip.myopenip.telephony.domain;

import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A line of a service's "Utilisateurs": the licence ({@code FPC…} and its name), its
 * account code, site, user, number (SDA) and settings.
 */
public record LicenceRow(long id, String sheetNumber, String name, String accountCode, String siteName,
		String userLastName, String userFirstName, LicenceState state, String number, String emergencyNumber,
		String fax2mailNumber, OutgoingRestriction outgoingRestriction, boolean beyondPlanRestricted,
		boolean supervisor, long version) implements ListRow {

	static final ListRows<LicenceRow> ROWS = ListRows.of(LicenceRow.class,
			"new fr.openip.myopenip.telephony.domain.LicenceRow(l.id, l.sheetNumber, l.name, l.accountCode,"
					+ " l.siteName, l.userLastName, l.userFirstName, l.state, n.number, l.emergencyNumber,"
					+ " l.fax2mailNumber, l.outgoingRestriction, l.beyondPlanRestricted, l.supervisor, l.version)",
			"left join PhoneNumber n on n.licenceId = l.id");

	/** "Prénom Nom", or null when free. */
	public String userName() {
		if (this.userLastName == null) {
			return null;
		}
		return this.userFirstName == null ? this.userLastName : this.userFirstName + " " + this.userLastName;
	}

}
