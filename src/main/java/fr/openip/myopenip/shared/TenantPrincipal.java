package fr.openip.myopenip.shared;

/**
 * A logged-in principal that belongs to a company: its tenant.
 */
public interface TenantPrincipal {

	/** The company this user belongs to. */
	long getCompanyId();

	/**
	 * Whether this user sees only the data of its own company (a reseller), not all (the
	 * operator's staff).
	 */
	boolean isTenantRestricted();

}
