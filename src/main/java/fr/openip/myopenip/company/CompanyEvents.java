package fr.openip.myopenip.company;

/**
 * What happens to companies, for the modules that care (the security journal, the
 * sessions of their users, the paperwork of the sales).
 */
public final class CompanyEvents {

	private CompanyEvents() {
	}

	public record CompanyCreated(long companyId, String name, CompanyUniverse universe) {
	}

	public record CompanyUpdated(long companyId, String name) {
	}

	public record CompanyDisabled(long companyId, String name) {
	}

	public record CompanyEnabled(long companyId, String name) {
	}

	/**
	 * A client's billing point changed (its payment mode, its bank details): the sales
	 * billed there follow (a direct debit needs its SEPA mandate).
	 */
	public record BillingPointChanged(long clientId, long billingPointId) {
	}

}
