package fr.openip.myopenip.telephony.domain;

/**
 * A licence's user and settings, as checked by {@link LicenceSettings}: the user's name,
 * "Numéro d'urgence" (a geographic number of the site's zone), "Numéro Fax2Mail",
 * "Restrictions d'appels sortants", "Restrictions d'appels sortants hors forfait
 * illimité", "Superviseur"; the user's e-mail, extension, and voicemail sent to that
 * e-mail (as the sale's setup sheet gives them).
 */
public record UserSettings(String lastName, String firstName, String emergencyNumber, String fax2mailNumber,
		OutgoingRestriction outgoingRestriction, boolean beyondPlanRestricted, boolean supervisor, String email,
		String extension, boolean voicemailToEmail) {

	/** The settings without the user's e-mail, extension and voicemail. */
	public UserSettings(String lastName, String firstName, String emergencyNumber, String fax2mailNumber,
			OutgoingRestriction outgoingRestriction, boolean beyondPlanRestricted, boolean supervisor) {
		this(lastName, firstName, emergencyNumber, fax2mailNumber, outgoingRestriction, beyondPlanRestricted,
				supervisor, null, null, false);
	}

	public static UserSettings none() {
		return new UserSettings(null, null, null, null, OutgoingRestriction.NONE, false, false);
	}

}
