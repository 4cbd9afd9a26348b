package fr.openip.myopenip.catalogue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.domain.Offer;
import fr.openip.myopenip.catalogue.domain.OfferRepository;
import fr.openip.myopenip.catalogue.domain.Product;
import fr.openip.myopenip.catalogue.domain.ProductRepository;

/**
 * What other modules may know of the catalogue, by id, as small records: a quote holds
 * offer and product ids and reads their terms and prices here, never from a form. Retired
 * offers and products are still answered by id (a quote or an OC that holds one keeps
 * it); only what is on sale is listed.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	/** An offer and its terms ("Offre", "Engagement / Reconduction", "Résiliation"). */
	public record OfferView(long id, String reference, String name, boolean upgradeAllowed, boolean packaged,
			int commitmentMonths, boolean tacitRenewal, Integer renewalMonths, boolean terminationAllowed,
			Integer noticeMonths, BigDecimal terminationFee, boolean retired, Integer targetDeliveryDays) {

		/** An offer without a target delay. */
		public OfferView(long id, String reference, String name, boolean upgradeAllowed, boolean packaged,
				int commitmentMonths, boolean tacitRenewal, Integer renewalMonths, boolean terminationAllowed,
				Integer noticeMonths, BigDecimal terminationFee, boolean retired) {
			this(id, reference, name, upgradeAllowed, packaged, commitmentMonths, tacitRenewal, renewalMonths,
					terminationAllowed, noticeMonths, terminationFee, retired, null);
		}

	}

	/**
	 * A product and its prices: setup fee (FMS) and monthly fee (Abonnement), at client
	 * and operator price.
	 */
	public record ProductView(long id, long offerId, String section, String name, String supplierReference,
			BigDecimal setupClient, BigDecimal setupOperator, BigDecimal monthlyClient, BigDecimal monthlyOperator,
			boolean retired, TelephonyUse telephonyUse) {
	}

	private final OfferRepository offers;

	private final ProductRepository products;

	Catalogue(OfferRepository offers, ProductRepository products) {
		this.offers = offers;
		this.products = products;
	}

	/** The offers on sale, by name. */
	public List<OfferView> offersOnSale() {
		return this.offers.findByRetiredAtIsNullOrderByName().stream().map(Catalogue::view).toList();
	}

	/** The offer, on sale or retired. */
	public Optional<OfferView> offer(long id) {
		return this.offers.findById(id).map(Catalogue::view);
	}

	/** The names of these offers, on sale or retired: one statement. */
	public Map<Long, String> offerNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.offers.findAllById(ids).forEach((offer) -> names.put(offer.getId(), offer.getName()));
		return names;
	}

	/** The products on sale of an offer, by section and place. */
	public List<ProductView> productsOnSale(long offerId) {
		return this.products.findByOfferId(offerId)
			.stream()
			.filter((product) -> !product.isRetired())
			.map(Catalogue::view)
			.toList();
	}

	/** The product, on sale or retired. */
	public Optional<ProductView> product(long id) {
		return this.products.findWithOfferById(id).map(Catalogue::view);
	}

	/**
	 * What each of these products gives the hosted telephony, for those that give
	 * something: one statement.
	 */
	public Map<Long, TelephonyUse> telephonyUses(Collection<Long> productIds) {
		Map<Long, TelephonyUse> uses = new HashMap<>();
		this.products.findAllById(productIds)
			.stream()
			.filter((product) -> product.getTelephonyUse() != null)
			.forEach((product) -> uses.put(product.getId(), product.getTelephonyUse()));
		return uses;
	}

	/**
	 * The form each unit of these products needs, for those that need one: one statement.
	 */
	public Map<Long, FormType> formsNeeded(Collection<Long> productIds) {
		Map<Long, FormType> forms = new HashMap<>();
		this.products.findAllById(productIds)
			.stream()
			.filter((product) -> product.getFormNeeded() != null)
			.forEach((product) -> forms.put(product.getId(), product.getFormNeeded()));
		return forms;
	}

	private static OfferView view(Offer offer) {
		return new OfferView(offer.getId(), offer.getReference(), offer.getName(), offer.isUpgradeAllowed(),
				offer.isPackaged(), offer.getCommitmentMonths(), offer.isTacitRenewal(), offer.getRenewalMonths(),
				offer.isTerminationAllowed(), offer.getNoticeMonths(), offer.getTerminationFee(), offer.isRetired(),
				offer.getTargetDeliveryDays());
	}

	private static ProductView view(Product product) {
		return new ProductView(product.getId(), product.getOffer().getId(), product.getSection(), product.getName(),
				product.getSupplierReference(), product.getSetupClient(), product.getSetupOperator(),
				product.getMonthlyClient(), product.getMonthlyOperator(), product.isRetired(),
				product.getTelephonyUse());
	}

}
