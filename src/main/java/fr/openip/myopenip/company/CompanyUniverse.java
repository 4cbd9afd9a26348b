package fr.openip.myopenip.company;

/**
 * The "univers" of a company: what it is to the operator.
 */
public enum CompanyUniverse {

	END_CLIENT, RESELLER, OPERATOR, AMBASSADOR, OTHER;

	/** Companies that own users and are managed by the admins. */
	public boolean isPartner() {
		return this == RESELLER || this == OPERATOR || this == AMBASSADOR;
	}

}
