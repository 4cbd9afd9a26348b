package fr.openip.myopenip.account;

/**
 * What a user may do in the portal (SPEC §1).
 */
public enum Role {

	/** "Revendeur": staff of a reseller, sees only its own clients. */
	RESELLER,
	/** "MB / Opérateur": the operator's sales staff. */
	OPERATOR,
	/** The operator's order desk. */
	ADV,
	/** Account administrators. */
	ADMIN;

	/**
	 * The login entry this role uses: resellers log in as "Revendeur", every other role
	 * as "MB / Opérateur".
	 */
	public LoginEntry loginEntry() {
		return this == RESELLER ? LoginEntry.RESELLER : LoginEntry.STAFF;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
