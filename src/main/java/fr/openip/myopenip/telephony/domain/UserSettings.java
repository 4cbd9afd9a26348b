package fr.openip.myopenip.telephony.domain;

/**
 * A licence's user and settings, as checked by {@link LicenceSettings}: the user's name,
 * "Numéro d'urgence" (a geographic number of the site's zone), "Numéro Fax2Mail",
 * "Restrictions d'appels sortants", "Restrictions d'appels sortants hors forfait
 * illimité", "Superviseur".
 */
public record UserSettings(String lastName, String firstName, String emergencyNumber, String fax2mailNumber,
		OutgoingRestriction outgoingRestriction, boolean beyondPlanRestricted, boolean supervisor) {

	public static UserSettings none() {
		return new UserSettings(null, null, null, null, OutgoingRestriction.NONE, false, false);
	}

}
