package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.order.Orders;
import fr.openip.myopenip.order.Orders.AmendableOffer;
import fr.openip.myopenip.order.Orders.LiveProduct;
import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;

/**
 * "Faire un ajout / réduction sur une OC" (guide 001): a quote in process "AJOUT /
 * RÉDUCTION" on the OC's offer, pre-filled with the OC as it stands, whose quantities go
 * up or down; the units a reduction takes away, and what becomes of their numbers. One
 * amendment at a time per OC: the OC's row is locked while one starts, and an OC with an
 * open amendment quote, or an order in progress, refuses another.
 */
@Service
public class QuoteAmendment {

	/** What the amendment's first step shows: the OC, its client and offer. */
	public record Start(AmendableOffer offer, ClientView client, OfferView terms) {
	}

	/**
	 * The quantities and discounts typed for an amendment's basket ({@code quantities}:
	 * product id → final quantity; discounts in percent).
	 */
	public record Basket(Map<Long, Integer> quantities, Map<Long, BigDecimal> setupDiscounts,
			Map<Long, BigDecimal> monthlyDiscounts) {
	}

	private final QuoteRepository quotes;

	private final QuoteBasket basket;

	private final QuoteVersions versions;

	private final QuoteHistory history;

	private final Orders orders;

	private final Companies companies;

	private final Catalogue catalogue;

	QuoteAmendment(QuoteRepository quotes, QuoteVersions versions, QuoteHistory history, Orders orders,
			Companies companies, Catalogue catalogue, QuoteBasket basket) {
		this.basket = basket;
		this.quotes = quotes;
		this.versions = versions;
		this.history = history;
		this.orders = orders;
		this.companies = companies;
		this.catalogue = catalogue;
	}

	/**
	 * The OC as the amendment starts from.
	 * @throws BusinessRuleException when it may not be amended now, or an amendment is
	 * open already (its reference given)
	 */
	@Transactional(readOnly = true)
	public Start start(long contractedOfferId) {
		return start(contractedOfferId, false);
	}

	/** The open amendment quote of the OC, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<Quote> open(long contractedOfferId) {
		return this.quotes.findOpenAmendments(contractedOfferId, this.versions.today()).stream().findFirst();
	}

	/**
	 * Creates the amendment's quote from the basket typed: the OC's sites and contacts,
	 * the catalogue's prices of the day, the newest units taken away where quantities go
	 * down.
	 */
	@Transactional
	public Quote create(long contractedOfferId, Basket basket, String salesRepEmail) {
		Start start = start(contractedOfferId, true);
		AmendableOffer oc = start.offer();
		String city = this.companies.site(oc.clientId(), oc.installationSiteId())
			.map((site) -> site.address() == null ? null : site.address().city())
			.orElse(null);
		Quote quote = new Quote(this.quotes.nextNumber(), start.client(), city, start.terms(), salesRepEmail,
				this.versions.today());
		quote.amends(oc.id(), oc.installationSiteId(), oc.billingPointId(), oc.contactIds());
		quote.fillAmendment(products(oc, basket.quantities()), basket.setupDiscounts(), basket.monthlyDiscounts(), oc,
				start.terms().upgradeAllowed());
		this.quotes.save(quote);
		this.history.record(quote, Kind.AMENDMENT_STARTED, oc.number());
		this.basket.paperwork(quote);
		return quote;
	}

	/** Step 1 again: the amendment's quantities and discounts. */
	@Transactional
	public Quote changeBasket(long id, long expectedVersion, Basket basket) {
		Quote quote = this.versions.editable(id, expectedVersion);
		AmendableOffer oc = live(quote);
		OfferView terms = this.catalogue.offer(quote.getOfferId()).orElseThrow();
		quote.fillAmendment(products(oc, basket.quantities()), basket.setupDiscounts(), basket.monthlyDiscounts(), oc,
				terms.upgradeAllowed());
		this.history.record(quote, Kind.BASKET_CHANGED, null);
		this.basket.paperwork(quote);
		return quote;
	}

	/**
	 * Which units go ({@code chosen}: contracted sheet id → keep its number), exactly as
	 * many as each product loses.
	 */
	@Transactional
	public Quote chooseRemovals(long id, long expectedVersion, Map<Long, Boolean> chosen) {
		Quote quote = this.versions.editable(id, expectedVersion);
		quote.chooseRemovals(chosen, live(quote), false);
		this.history.record(quote, Kind.REMOVALS_CHOSEN, String.valueOf(chosen.size()));
		return quote;
	}

	/** The OC an amendment quote amends, as it stands now. */
	@Transactional(readOnly = true)
	public AmendableOffer live(Quote quote) {
		if (!quote.isAmendment()) {
			throw new BusinessRuleException("amendment.error.notAmendment", quote.getReference());
		}
		return this.orders.amendable(quote.getContractedOfferId(), false)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", quote.getContractedOfferId()));
	}

	private Start start(long contractedOfferId, boolean lock) {
		AmendableOffer oc = this.orders.amendable(contractedOfferId, lock)
			.orElseThrow(() -> new NotFoundException("ContractedOffer", contractedOfferId));
		if (oc.unavailableKey() != null) {
			throw new BusinessRuleException(oc.unavailableKey(), oc.number(), oc.orderNumber());
		}
		open(contractedOfferId).ifPresent((quote) -> {
			throw new BusinessRuleException("amendment.error.open", oc.number(), quote.getReference());
		});
		ClientView client = this.companies.client(oc.clientId())
			.orElseThrow(() -> new NotFoundException("Client", oc.clientId()));
		OfferView terms = this.catalogue.offer(oc.offerId()).orElseThrow();
		return new Start(oc, client, terms);
	}

	/**
	 * Every product the amendment may hold: those of the OC, then those of its offer on
	 * sale, with the quantity typed (null: unchanged); a product of another offer typed
	 * is kept too, and refused by the quote.
	 */
	private Map<ProductView, Integer> products(AmendableOffer oc, Map<Long, Integer> typed) {
		Map<Long, ProductView> views = new LinkedHashMap<>();
		for (LiveProduct product : oc.products()) {
			this.catalogue.product(product.productId()).ifPresent((view) -> views.put(view.id(), view));
		}
		this.catalogue.productsOnSale(oc.offerId()).forEach((view) -> views.putIfAbsent(view.id(), view));
		for (Long id : typed.keySet()) {
			if (!views.containsKey(id)) {
				views.put(id, this.catalogue.product(id)
					.orElseThrow(() -> new BusinessRuleException("quote.error.productNotInOffer")));
			}
		}
		Map<ProductView, Integer> products = new LinkedHashMap<>();
		views.values().forEach((view) -> products.put(view, typed.get(view.id())));
		return products;
	}

	/** The products of {@link #products}, for the page before the quote exists. */
	@Transactional(readOnly = true)
	public List<ProductView> productsOf(AmendableOffer oc) {
		return List.copyOf(products(oc, Map.of()).keySet());
	}

}
