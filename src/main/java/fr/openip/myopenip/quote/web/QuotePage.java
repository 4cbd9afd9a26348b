package fr.openip.myopenip.quote.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteEnvelopes;
import fr.openip.myopenip.quote.domain.QuoteHistory;
import fr.openip.myopenip.order.Orders.AmendableOffer;
import fr.openip.myopenip.order.Orders.LiveUnit;
import fr.openip.myopenip.quote.domain.QuoteAmendment;
import fr.openip.myopenip.quote.domain.QuoteAmendment.Start;
import fr.openip.myopenip.quote.domain.QuoteRemoval;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.quote.domain.QuoteLifeCycle;
import fr.openip.myopenip.telephony.Telephony;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.quote.domain.QuoteValidation;
import fr.openip.myopenip.quote.domain.QuoteVersionsView;
import fr.openip.myopenip.quote.domain.Totals;
import fr.openip.myopenip.shared.Money;
import fr.openip.myopenip.shared.web.ActionForm;

/**
 * What a quote's page shows, step by step: the basket (1), sites and contacts (2), the
 * summary with its history, documents and attachments (3), the validation or its outcome
 * (4), and the quote's other versions.
 */
@Component
class QuotePage {

	private final Companies companies;

	private final Catalogue catalogue;

	private final QuoteSummary summary;

	private final QuoteHistory history;

	private final QuoteValidation validation;

	private final QuoteVersionsView versions;

	private final QuoteAmendment amendments;

	private final Telephony telephony;

	private final SalesForms forms;

	private final QuoteEnvelopes envelopes;

	QuotePage(Companies companies, Catalogue catalogue, QuoteSummary summary, QuoteHistory history,
			QuoteValidation validation, QuoteVersionsView versions, QuoteAmendment amendments, Telephony telephony,
			SalesForms forms, QuoteEnvelopes envelopes) {
		this.forms = forms;
		this.envelopes = envelopes;
		this.amendments = amendments;
		this.telephony = telephony;
		this.companies = companies;
		this.catalogue = catalogue;
		this.summary = summary;
		this.history = history;
		this.validation = validation;
		this.versions = versions;
	}

	/**
	 * The quote's page: the blocks of the steps it has reached, each built by its own
	 * builder from its own data, and the quote's other versions.
	 */
	String show(Model model, Quote quote) {
		model.addAttribute("quote", quote);
		model.addAttribute("editable", QuoteLifeCycle.changeable(quote.getStatus()));
		forms(model, quote);
		basketStep(model, quote);
		if (quote.getStep() >= 2) {
			sitesStep(model, quote);
		}
		// the paperwork the sale needs, with its état
		model.addAttribute("salesForms", this.forms.ofQuote(quote.getNumber()));
		if (quote.getStep() >= 3) {
			model.addAttribute("events", this.history.of(quote.getId()));
		}
		if (quote.getStep() >= 4) {
			validationStep(model, quote);
		}
		model.addAttribute("versions", this.versions.of(quote.getNumber()));
		model.addAttribute("expired", quote.isExpired(this.versions.today()));
		model.addAttribute("partner", partnerNames(List.of(quote.getOwnerId())).get(quote.getOwnerId()));
		return "quote/quote";
	}

	/**
	 * Each block's form, unless it is the one just refused (which keeps what was typed).
	 */
	private static void forms(Model model, Quote quote) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", BasketForm.of(quote));
		}
		for (String form : List.of("sitesForm", "contactsForm", "summaryForm", "attachmentsForm", "validationForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, new ActionForm());
			}
		}
	}

	/** Step 1: the basket, its totals and, for an amendment, what the OC has. */
	private void basketStep(Model model, Quote quote) {
		basket(model, this.catalogue.offer(quote.getOfferId()).orElseThrow(), quote);
		model.addAttribute("totals", this.summary.totals(quote));
		if (quote.isAmendment()) {
			amendmentOf(model, quote);
		}
		model.addAttribute("vatPercent",
				this.summary.vatRate(quote).movePointRight(2).stripTrailingZeros().toPlainString());
	}

	/** Step 2: the client's sites, billing points and contacts; the attachments. */
	private void sitesStep(Model model, Quote quote) {
		var contacts = this.companies.contacts(quote.getClientId());
		model.addAttribute("sites", this.companies.sites(quote.getClientId()));
		model.addAttribute("billingPoints", this.companies.billingPoints(quote.getClientId()));
		model.addAttribute("clientContacts",
				contacts.stream().filter((contact) -> !quote.getContactIds().contains(contact.id())).toList());
		model.addAttribute("onSiteContacts",
				contacts.stream().filter((contact) -> quote.getContactIds().contains(contact.id())).toList());
		model.addAttribute("attachments", this.summary.attachments(quote.getId()));
	}

	/**
	 * Step 4: the client (a prospect waits for its account), the order, the signature.
	 */
	private void validationStep(Model model, Quote quote) {
		model.addAttribute("client", this.companies.client(quote.getClientId()).orElseThrow());
		model.addAttribute("order", this.validation.order(quote.getId()).orElse(null));
		model.addAttribute("signature", this.validation.signature(quote.getId()).orElse(null));
		model.addAttribute("envelope", this.envelopes.exists(quote.getId()));
	}

	/** The offer's products on sale by section (and those already on the quote). */
	void basket(Model model, OfferView offer, Quote quote) {
		Map<String, List<ProductView>> sections = new LinkedHashMap<>();
		List<ProductView> products = new ArrayList<>(this.catalogue.productsOnSale(offer.id()));
		if (quote != null) {
			quote.getLines()
				.stream()
				.filter((line) -> products.stream().noneMatch((product) -> product.id() == line.getProductId()))
				.forEach((line) -> this.catalogue.product(line.getProductId()).ifPresent(products::add));
		}
		for (ProductView product : products) {
			sections.computeIfAbsent(product.section(), (section) -> new ArrayList<>()).add(product);
		}
		model.addAttribute("offer", offer);
		model.addAttribute("sections", sections);
		model.addAttribute("totals", Totals.of(Money.ZERO, Money.ZERO, Money.STANDARD_VAT_RATE));
		model.addAttribute("maxQuantity", Quote.MAX_QUANTITY);
	}

	/**
	 * The first step of an amendment, before its quote exists: the OC's client and offer,
	 * its products with what the OC has of each.
	 */
	String amendment(Model model, Start start) {
		Map<String, List<ProductView>> sections = new LinkedHashMap<>();
		for (ProductView product : this.amendments.productsOf(start.offer())) {
			sections.computeIfAbsent(product.section(), (section) -> new ArrayList<>()).add(product);
		}
		model.addAttribute("start", start);
		model.addAttribute("client", start.client());
		model.addAttribute("site",
				this.companies.site(start.offer().clientId(), start.offer().installationSiteId()).orElse(null));
		model.addAttribute("offer", start.terms());
		model.addAttribute("sections", sections);
		model.addAttribute("initial", initialQuantities(start.offer()));
		model.addAttribute("totals", Totals.of(Money.ZERO, Money.ZERO, Money.STANDARD_VAT_RATE));
		model.addAttribute("maxQuantity", Quote.MAX_QUANTITY);
		return "quote/amendment";
	}

	/**
	 * An amendment quote's page: what the OC has of each product, its units a reduction
	 * may take away, with their licences' users and numbers.
	 */
	private void amendmentOf(Model model, Quote quote) {
		AmendableOffer live = this.amendments.live(quote);
		model.addAttribute("live", live);
		model.addAttribute("initial", initialQuantities(live));
		Map<Long, List<LiveUnit>> reducible = new LinkedHashMap<>();
		quote.getLines()
			.stream()
			.filter((line) -> line.getEvolution() < 0)
			.forEach((line) -> live.product(line.getProductId())
				.ifPresent((product) -> reducible.put(line.getProductId(), product.units())));
		model.addAttribute("reducible", reducible);
		model.addAttribute("removed", quote.getRemovals()
			.stream()
			.collect(
					java.util.stream.Collectors.toMap(QuoteRemoval::getContractedSheetId, QuoteRemoval::isKeepNumber)));
		model.addAttribute("licences", reducible.isEmpty() ? Map.of() : this.telephony.licencesOf(live.id()));
	}

	private static Map<Long, Integer> initialQuantities(AmendableOffer offer) {
		Map<Long, Integer> initial = new LinkedHashMap<>();
		offer.products().forEach((product) -> initial.put(product.productId(), product.quantity()));
		return initial;
	}

	/** "Partenaires": the names of the quotes' resellers. */
	Map<Long, String> partnerNames(java.util.Collection<Long> ownerIds) {
		return this.companies.partnerNames(ownerIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
	}

}
