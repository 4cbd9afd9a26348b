package fr.openip.myopenip.quote.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.company.Companies.SiteView;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.web.Formats;

/**
 * Step 1 of a quote, "Constitution de mon panier": an offer on sale for a client or
 * prospect the user may see, and quantities of its products; prices and totals come from
 * the catalogue, never from the form. Another reseller's client or quote is not found.
 */
@Service
public class QuoteBasket {

	private final QuoteRepository quotes;

	private final Companies companies;

	private final Catalogue catalogue;

	private final Clock clock;

	QuoteBasket(QuoteRepository quotes, Companies companies, Catalogue catalogue, Clock clock) {
		this.quotes = quotes;
		this.companies = companies;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Quote get(long id) {
		return this.quotes.findWithLinesById(id).orElseThrow(() -> new NotFoundException("Quote", id));
	}

	/** The client or prospect a new quote is for, if the user may see it. */
	@Transactional(readOnly = true)
	public ClientView client(long clientId) {
		return this.companies.client(clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
	}

	@Transactional
	public Quote create(long clientId, long offerId, Map<Long, Integer> quantities) {
		ClientView client = client(clientId);
		OfferView offer = this.catalogue.offer(offerId)
			.filter((candidate) -> !candidate.retired())
			.orElseThrow(() -> new BusinessRuleException("quote.error.offer"));
		String city = this.companies.sites(clientId)
			.stream()
			.filter(SiteView::main)
			.findFirst()
			.map((site) -> site.address() == null ? null : site.address().city())
			.orElse(null);
		Quote quote = new Quote(client, city, offer, LocalDate.now(this.clock.withZone(Formats.PARIS)));
		quote.fill(products(quantities));
		return this.quotes.save(quote);
	}

	@Transactional
	public Quote changeBasket(long id, long expectedVersion, Map<Long, Integer> quantities) {
		Quote quote = get(id);
		if (quote.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		quote.fill(products(quantities));
		return quote;
	}

	/**
	 * Step 2: the installation site and the billing site, refused unless both are the
	 * client's; with {@code complete}, the step ends (at least one on-site contact).
	 */
	@Transactional
	public Quote chooseSites(long id, long expectedVersion, Long siteId, Long billingPointId, boolean complete) {
		Quote quote = current(id, expectedVersion);
		if (siteId == null || billingPointId == null) {
			throw new BusinessRuleException("quote.error.sitesRequired");
		}
		if (this.companies.site(quote.getClientId(), siteId).isEmpty()
				|| this.companies.billingPoint(quote.getClientId(), billingPointId).isEmpty()) {
			throw new BusinessRuleException("quote.error.notTheClients");
		}
		quote.chooseSites(siteId, billingPointId);
		if (complete) {
			quote.completeSitesAndContacts();
		}
		return quote;
	}

	/** "Ajouter à la liste": one of the client's contacts becomes an on-site contact. */
	@Transactional
	public Quote addContact(long id, long contactId) {
		Quote quote = get(id);
		if (this.companies.contact(quote.getClientId(), contactId).isEmpty()) {
			throw new BusinessRuleException("quote.error.notTheClients");
		}
		quote.addContact(contactId);
		return quote;
	}

	@Transactional
	public Quote removeContact(long id, long contactId) {
		Quote quote = get(id);
		quote.removeContact(contactId);
		return quote;
	}

	private Quote current(long id, long expectedVersion) {
		Quote quote = get(id);
		if (quote.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		return quote;
	}

	private Map<ProductView, Integer> products(Map<Long, Integer> quantities) {
		Map<ProductView, Integer> products = new LinkedHashMap<>();
		quantities
			.forEach(
					(productId, quantity) -> products.put(
							this.catalogue.product(productId)
								.orElseThrow(() -> new BusinessRuleException("quote.error.productNotInOffer")),
							quantity));
		return products;
	}

}
