package fr.openip.myopenip.catalogue.domain;

import java.math.BigDecimal;

/**
 * What the operator's staff enter for a product: its section, name, supplier reference,
 * place in its section, and its setup fee (FMS) and monthly fee (Abonnement) at client
 * and at operator price.
 */
public record ProductTerms(String section, String name, String supplierReference, int position, BigDecimal setupClient,
		BigDecimal setupOperator, BigDecimal monthlyClient, BigDecimal monthlyOperator) {
}
