package fr.openip.myopenip.shared;

/**
 * A logged-in principal that belongs to a company: its tenant.
 */
public interface TenantPrincipal {

	/** Where this user reads the portal's mail about its work. */
	String getEmail();

	/** The company this user belongs to. */
	long getCompanyId();

	/**
	 * Whether this user sees only the data of its own company (a reseller), not all (the
	 * operator's staff).
	 */
	boolean isTenantRestricted();

}
