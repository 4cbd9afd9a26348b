package fr.openip.myopenip.catalogue.domain;

import java.math.BigDecimal;

/**
 * What the operator's staff enter for an offer ("Offre", "Engagement / Reconduction",
 * "Résiliation").
 *
 * @param commitmentMonths "Période" d'engagement: 0 (Aucune), 12, 24 or 36 months
 * @param renewalMonths "Durée de la tacite reconduction", when renewed tacitly
 * @param noticeMonths "Préavis de résiliation"
 * @param terminationFee "Frais de résiliation (€ HT)"; null for none
 */
public record OfferTerms(String name, String description, boolean upgradeAllowed, boolean packaged,
		int commitmentMonths, boolean tacitRenewal, Integer renewalMonths, boolean terminationAllowed,
		Integer noticeMonths, BigDecimal terminationFee) {
}
