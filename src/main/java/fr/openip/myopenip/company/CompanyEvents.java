package fr.openip.myopenip.company;

/**
 * What happens to companies, for the modules that care (the security journal, the
 * sessions of their users).
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

}
