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
 * @param targetDeliveryDays "Délai de livraison cible", in working days; null for none
 */
public record OfferTerms(String name, String description, boolean upgradeAllowed, boolean packaged,
		int commitmentMonths, boolean tacitRenewal, Integer renewalMonths, boolean terminationAllowed,
		Integer noticeMonths, BigDecimal terminationFee, Integer targetDeliveryDays) {

	/** The longest target delay, in working days (a year of them). */
	public static final int MAX_TARGET_DELIVERY_DAYS = 250;

	/** Terms without a target delay. */
	public OfferTerms(String name, String description, boolean upgradeAllowed, boolean packaged, int commitmentMonths,
			boolean tacitRenewal, Integer renewalMonths, boolean terminationAllowed, Integer noticeMonths,
			BigDecimal terminationFee) {
		this(name, description, upgradeAllowed, packaged, commitmentMonths, tacitRenewal, renewalMonths,
				terminationAllowed, noticeMonths, terminationFee, null);
	}

}
