package fr.openip.myopenip.company.domain;

/**
 * The lists of the menu "Entreprises → Gestion des entreprises".
 */
public enum CompanyList {

	OPERATORS("OPERATOR"), AMBASSADORS("AMBASSADOR"), CLIENTS("CLIENT"), PROSPECTS("PROSPECT"), OTHERS("RESELLER");

	private final String kind;

	CompanyList(String kind) {
		this.kind = kind;
	}

	/** The value of the company's {@code list_kind} column for this list. */
	String kind() {
		return this.kind;
	}

}
