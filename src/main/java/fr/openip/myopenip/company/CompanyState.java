package fr.openip.myopenip.company;

/**
 * The "état" of a company.
 */
public enum CompanyState {

	/** Wizard not finished ("Brouillon"). */
	DRAFT,
	/** "Activé(e)". */
	ACTIVE,
	/** "Désactivé(e)". */
	DISABLED

}
