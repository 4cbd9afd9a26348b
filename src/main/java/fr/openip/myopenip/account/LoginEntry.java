package fr.openip.myopenip.account;

/**
 * The two entries of the login page of the guides: "Revendeur" and "MB / Opérateur".
 */
public enum LoginEntry {

	RESELLER, STAFF;

	public static LoginEntry fromParameter(String value) {
		return "STAFF".equalsIgnoreCase(value) ? STAFF : RESELLER;
	}

}
