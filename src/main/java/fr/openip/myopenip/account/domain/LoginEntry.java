package fr.openip.myopenip.account.domain;

import fr.openip.myopenip.shared.Role;

/**
 * The two entries of the login page of the guides: "Revendeur" and "MB / Opérateur".
 */
public enum LoginEntry {

	RESELLER, STAFF;

	/**
	 * The entry a role logs in through: resellers as "Revendeur", every other role as "MB
	 * / Opérateur".
	 */
	public static LoginEntry of(Role role) {
		return role == Role.RESELLER ? RESELLER : STAFF;
	}

	public static LoginEntry fromParameter(String value) {
		return "STAFF".equalsIgnoreCase(value) ? STAFF : RESELLER;
	}

}
