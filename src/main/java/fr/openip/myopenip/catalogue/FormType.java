package fr.openip.myopenip.catalogue;

/**
 * The paperwork of a sale ("Formulaires"), each with its words {@code form.type.<NAME>}.
 * A product of the catalogue may need one per unit sold (a number to port: its porting
 * mandate; a MetaCentrex licence: its setup sheet); a sale paid by direct debit needs the
 * SEPA mandate.
 */
public enum FormType {

	/** "Mandat de portabilité": one per number brought in. */
	PORTING_MANDATE,

	/** "Mandat de prélèvement SEPA": one per sale paid by direct debit. */
	SEPA_MANDATE,

	/**
	 * "Fiche de paramétrage MetaCentrex": one per licence sold, its user and settings,
	 * applied to the licence on delivery.
	 */
	METACENTREX_SETUP,

	/**
	 * "Lettre de résiliation": drawn by the portal when an OC's termination is asked,
	 * signed by the client.
	 */
	TERMINATION_LETTER;

	/** The forms a product may need per unit (the others come from the sale itself). */
	public boolean perUnit() {
		return this == PORTING_MANDATE || this == METACENTREX_SETUP;
	}

}
