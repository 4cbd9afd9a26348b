package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyState;

/**
 * The filters of a company list; any may be null.
 *
 * @param id "Identifiant", exact
 * @param name start of the "Raison sociale"
 * @param state "Etat"
 * @param referentId the referent, exact (for the operator's staff: a partner's clients)
 * @param referent start of the "Entreprise référente"'s name (for the operator's staff)
 */
public record CompanyQuery(Long id, String name, CompanyState state, Long referentId, String referent) {

	public static CompanyQuery none() {
		return new CompanyQuery(null, null, null, null, null);
	}

}
