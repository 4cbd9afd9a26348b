package fr.openip.myopenip.quote.domain;

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
import fr.openip.myopenip.company.Companies.SiteView;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.telephony.Telephony;
import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.shared.NotFoundException;

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

	private final QuoteVersions versions;

	private final QuoteHistory history;

	private final SalesForms forms;

	private final Telephony telephony;

	QuoteBasket(QuoteRepository quotes, Companies companies, Catalogue catalogue, QuoteVersions versions,
			QuoteHistory history, SalesForms forms, Telephony telephony) {
		this.telephony = telephony;
		this.quotes = quotes;
		this.companies = companies;
		this.catalogue = catalogue;
		this.versions = versions;
		this.history = history;
		this.forms = forms;
	}

	@Transactional(readOnly = true)
	public Quote get(long id) {
		return this.versions.get(id);
	}

	/** The client or prospect a new quote is for, if the user may see it. */
	@Transactional(readOnly = true)
	public ClientView client(long clientId) {
		return this.companies.client(clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
	}

	/**
	 * A new quote of {@code offerId} for {@code clientId}; the sales rep hears of the
	 * client's answer at {@code salesRepEmail}.
	 */
	@Transactional
	public Quote create(long clientId, long offerId, Map<Long, Integer> quantities, String salesRepEmail) {
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
		Quote quote = new Quote(this.quotes.nextNumber(), client, city, offer, salesRepEmail, this.versions.today());
		quote.fill(products(quantities));
		this.quotes.save(quote);
		this.history.record(quote, Kind.CREATED, quote.getReference());
		paperwork(quote);
		return quote;
	}

	@Transactional
	public Quote changeBasket(long id, long expectedVersion, Map<Long, Integer> quantities) {
		Map<ProductView, Integer> products = products(quantities);
		Quote quote = this.versions.editable(id, expectedVersion);
		quote.fill(products);
		this.history.record(quote, Kind.BASKET_CHANGED, null);
		paperwork(quote);
		return quote;
	}

	/**
	 * Step 2: the installation site and the billing site, refused unless both are the
	 * client's; with {@code complete}, the step ends (at least one on-site contact).
	 */
	@Transactional
	public Quote chooseSites(long id, long expectedVersion, Long siteId, Long billingPointId, boolean complete) {
		Quote quote = this.versions.get(id);
		if (siteId == null || billingPointId == null) {
			throw new BusinessRuleException("quote.error.sitesRequired");
		}
		if (this.companies.site(quote.getClientId(), siteId).isEmpty()
				|| this.companies.billingPoint(quote.getClientId(), billingPointId).isEmpty()) {
			throw new BusinessRuleException("quote.error.notTheClients");
		}
		quote = this.versions.editable(id, expectedVersion);
		quote.chooseSites(siteId, billingPointId);
		this.history.record(quote, Kind.SITES_CHOSEN, null);
		if (complete) {
			quote.completeSitesAndContacts();
			this.history.record(quote, Kind.SITES_COMPLETED, null);
		}
		paperwork(quote);
		return quote;
	}

	/**
	 * The forms the sale needs follow its basket and its billing point; an amendment's,
	 * the units it adds.
	 */
	void paperwork(Quote quote) {
		this.forms.sync(sale(quote));
	}

	/**
	 * A billing point changed ("Créer le compte client" set a direct debit, say): the
	 * forms of the drafts billed there follow.
	 */
	@org.springframework.context.event.EventListener
	void on(fr.openip.myopenip.company.CompanyEvents.BillingPointChanged changed) {
		this.quotes.findDraftsBilledAt(changed.clientId(), changed.billingPointId()).forEach(this::paperwork);
	}

	/**
	 * What the forms module is told of a sale. An amendment's sale is the units it adds
	 * (their porting mandates, their licences' setup sheets, on extensions the service
	 * has not given); its billing point's mandate was signed with the OC.
	 */
	SalesForms.Sale sale(Quote quote) {
		List<SalesForms.SaleLine> lines = quote.getLines()
			.stream()
			.map((line) -> new SalesForms.SaleLine(line.getProductId(), line.getProductName(),
					quote.isAmendment() ? Math.max(line.getQuantity() - line.getInitialQuantity(), 0)
							: line.getQuantity()))
			.toList();
		if (quote.isAmendment()) {
			return new SalesForms.Sale(quote.getId(), quote.getNumber(), quote.getOwnerId(), quote.getClientId(),
					quote.getClientName(), null, lines, this.telephony.extensionsOf(quote.getContractedOfferId()));
		}
		return new SalesForms.Sale(quote.getId(), quote.getNumber(), quote.getOwnerId(), quote.getClientId(),
				quote.getClientName(), quote.getBillingPointId(), lines);
	}

	/** "Ajouter à la liste": one of the client's contacts becomes an on-site contact. */
	@Transactional
	public Quote addContact(long id, long contactId) {
		var contact = this.companies.contact(get(id).getClientId(), contactId)
			.orElseThrow(() -> new BusinessRuleException("quote.error.notTheClients"));
		Quote quote = this.versions.editable(id, null);
		quote.addContact(contactId);
		this.history.record(quote, Kind.CONTACT_ADDED, contact.firstName() + " " + contact.lastName());
		return quote;
	}

	@Transactional
	public Quote removeContact(long id, long contactId) {
		Quote quote = this.versions.editable(id, null);
		quote.removeContact(contactId);
		this.history.record(quote, Kind.CONTACT_REMOVED, null);
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
