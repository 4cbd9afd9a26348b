package fr.openip.myopenip.catalogue.domain;

import java.math.BigDecimal;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.catalogue.TelephonyUse;

/**
 * What the operator's staff enter for a product: its section, name, supplier reference,
 * place in its section, and its setup fee (FMS) and monthly fee (Abonnement) at client
 * and at operator price, and what it gives the hosted telephony, if anything.
 */
public record ProductTerms(String section, String name, String supplierReference, int position, BigDecimal setupClient,
		BigDecimal setupOperator, BigDecimal monthlyClient, BigDecimal monthlyOperator, TelephonyUse telephonyUse,
		FormType formNeeded) {

	/** A product that needs no form of its own. */
	public ProductTerms(String section, String name, String supplierReference, int position, BigDecimal setupClient,
			BigDecimal setupOperator, BigDecimal monthlyClient, BigDecimal monthlyOperator, TelephonyUse telephonyUse) {
		this(section, name, supplierReference, position, setupClient, setupOperator, monthlyClient, monthlyOperator,
				telephonyUse, null);
	}

	/** A product that gives the hosted telephony nothing. */
	public ProductTerms(String section, String name, String supplierReference, int position, BigDecimal setupClient,
			BigDecimal setupOperator, BigDecimal monthlyClient, BigDecimal monthlyOperator) {
		this(section, name, supplierReference, position, setupClient, setupOperator, monthlyClient, monthlyOperator,
				null);
	}

}
