package fr.openip.myopenip.company;

/**
 * The filters of a company list; any may be null.
 *
 * @param id "Identifiant", exact
 * @param name start of the "Raison sociale"
 * @param state "Etat"
 * @param referentId "Entreprise référente" (for the operator's staff)
 */
public record CompanyQuery(Long id, String name, CompanyState state, Long referentId) {

	public static CompanyQuery none() {
		return new CompanyQuery(null, null, null, null);
	}

}
