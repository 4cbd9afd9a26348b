package fr.openip.myopenip.shared;

/**
 * A logged-in principal that belongs to a company: its tenant.
 */
public interface TenantPrincipal {

	/** The company this user belongs to. */
	long getCompanyId();

}
