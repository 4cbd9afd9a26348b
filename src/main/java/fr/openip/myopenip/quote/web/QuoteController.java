package fr.openip.myopenip.quote.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.quote.domain.QuoteList;
import fr.openip.myopenip.quote.domain.QuoteList.QuoteQuery;
import fr.openip.myopenip.quote.domain.QuoteRow;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.Conflicts;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;
import fr.openip.myopenip.shared.TenantPrincipal;

/**
 * "E-boutique → Mes devis": the list with the guide's filters and columns, a new quote
 * for a client or prospect (its offer, then step 1 "Constitution de mon panier"), and a
 * quote's page with its basket and totals.
 */
@Controller
@RequestMapping("/quotes")
class QuoteController {

	private final fr.openip.myopenip.quote.domain.QuoteAmendment amendment;

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final QuoteList quotes;

	private final QuoteBasket basket;

	private final Companies companies;

	private final Catalogue catalogue;

	private final QuotePage page;

	private final MessageSource messages;

	private final Formats formats;

	QuoteController(QuoteList quotes, QuoteBasket basket, Companies companies, Catalogue catalogue, QuotePage page,
			MessageSource messages, Formats formats, fr.openip.myopenip.quote.domain.QuoteAmendment amendment) {
		this.amendment = amendment;
		this.quotes = quotes;
		this.basket = basket;
		this.companies = companies;
		this.catalogue = catalogue;
		this.page = page;
		this.messages = messages;
		this.formats = formats;
	}

	@ModelAttribute("steps")
	List<Integer> steps() {
		return List.of(1, 2, 3, 4);
	}

	@GetMapping
	String list(@ModelAttribute("query") QuoteQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = sorting(request);
		Page<QuoteRow> results = this.quotes.page(query, sorting.key(), sorting.ascending(), Math.max(page, 0),
				PAGE_SIZE);
		model.addAttribute("quotes", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", QuoteList.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("partners", this.page.partnerNames(results.map(QuoteRow::ownerId).getContent()));
		return "quote/list";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("query") QuoteQuery query, HttpServletRequest request,
			Locale locale) {
		Sorting sorting = sorting(request);
		List<QuoteRow> rows = this.quotes.all(query, sorting.key(), sorting.ascending(), EXPORT_LIMIT);
		Map<Long, String> partners = this.page.partnerNames(rows.stream().map(QuoteRow::ownerId).toList());
		List<String> headers = List
			.of("quote.number", "quote.client", "quote.city", "quote.offers", "quote.createdAt", "quote.step",
					"quote.partners", "quote.salesRep", "quote.setupTotal", "quote.monthlyTotal")
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		return CsvExport.of("devis.csv", headers, rows,
				(quote) -> List.of(quote.reference(), quote.clientName(), nullToEmpty(quote.clientCity()),
						quote.offerName(), this.formats.date(quote.createdAt()), quote.step(),
						nullToEmpty(partners.get(quote.ownerId())), quote.createdBy(),
						this.formats.euros(quote.setupTotal()), this.formats.euros(quote.monthlyTotal())));
	}

	/**
	 * A new quote: the client (searched by name, or given by its page), then its offer,
	 * then its basket.
	 */
	@GetMapping("/new")
	String newQuote(@RequestParam(required = false) Long clientId, @RequestParam(required = false) String client,
			@RequestParam(required = false) Long offerId, Model model) {
		model.addAttribute("clientQuery", client);
		if (clientId == null) {
			model.addAttribute("clients", this.companies.clientsNamed(client));
			return "quote/new";
		}
		ClientView chosen = this.basket.client(clientId);
		model.addAttribute("client", chosen);
		OfferView offer = offerId == null ? null
				: this.catalogue.offer(offerId).filter((candidate) -> !candidate.retired()).orElse(null);
		if (offer == null) {
			model.addAttribute("offers", this.catalogue.offersOnSale());
			return "quote/new";
		}
		model.addAttribute("form", new BasketForm());
		this.page.basket(model, offer, null);
		return "quote/basket";
	}

	@PostMapping
	String create(@RequestParam long clientId, @RequestParam long offerId, @ModelAttribute("form") BasketForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Authentication user) {
		ClientView client = this.basket.client(clientId);
		OfferView offer = this.catalogue.offer(offerId)
			.filter((candidate) -> !candidate.retired())
			.orElseThrow(() -> new fr.openip.myopenip.shared.NotFoundException("Offer", offerId));
		model.addAttribute("client", client);
		if (!result.hasErrors()) {
			try {
				String email = (user.getPrincipal() instanceof TenantPrincipal principal) ? principal.getEmail() : null;
				Quote quote = this.basket.create(clientId, offerId, nonNull(form.getQuantities()), email);
				redirect.addFlashAttribute("successKey", "quote.created");
				redirect.addFlashAttribute("successArgument", quote.getReference());
				return "redirect:/quotes/" + quote.getId();
			}
			catch (BusinessRuleException refused) {
				result.reject(refused.getMessageKey(), refused.getArguments(), null);
			}
		}
		this.page.basket(model, offer, null);
		return "quote/basket";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return this.page.show(model, this.basket.get(id));
	}

	@PostMapping("/{id}/basket")
	String changeBasket(@PathVariable long id, @ModelAttribute("form") BasketForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Quote quote = this.basket.get(id);
		if (!result.hasErrors()) {
			try {
				Quote changed = quote.isAmendment()
						? this.amendment.changeBasket(id, form.getVersion(), form.amendment())
						: this.basket.changeBasket(id, form.getVersion(), nonNull(form.getQuantities()));
				redirect.addFlashAttribute("successKey", "quote.basketSaved");
				redirect.addFlashAttribute("successArgument", changed.getReference());
				return "redirect:/quotes/" + changed.getId();
			}
			catch (BusinessRuleException refused) {
				result.reject(refused.getMessageKey(), refused.getArguments(), null);
			}
			catch (OptimisticLockingFailureException conflict) {
				Conflicts.keepTyped(result, response);
			}
		}
		response.setStatus(Math.max(response.getStatus(), HttpServletResponse.SC_BAD_REQUEST));
		return this.page.show(model, quote);
	}

	/**
	 * Step 2: "Site d'installation", "Site de facturation"; "Poursuivre" ends the step.
	 */
	@PostMapping("/{id}/sites")
	String chooseSites(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) Long installationSiteId,
			@RequestParam(required = false) Long billingPointId, @RequestParam(defaultValue = "save") String action,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Quote quote = this.basket.get(id);
		Quote changed;
		try {
			// a form without its version is as stale as one with an old version
			changed = this.basket.chooseSites(id, (version != null) ? version : -1, installationSiteId, billingPointId,
					"continue".equals(action));
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("sitesError", refused.getMessageKey());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return this.page.show(model, quote);
		}
		catch (OptimisticLockingFailureException conflict) {
			model.addAttribute("sitesError", "error.409.text");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return this.page.show(model, quote);
		}
		redirect.addFlashAttribute("successKey",
				"continue".equals(action) ? "quote.sitesCompleted" : "quote.sitesSaved");
		redirect.addFlashAttribute("successArgument", changed.getReference());
		return "redirect:/quotes/" + changed.getId();
	}

	/** "Ajouter à la liste": one of the client's contacts, as an on-site contact. */
	@PostMapping("/{id}/contacts")
	String addContact(@PathVariable long id, @RequestParam(required = false) Long contactId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Quote quote = this.basket.get(id);
		Quote changed;
		try {
			if (contactId == null) {
				throw new BusinessRuleException("quote.error.contactToAdd");
			}
			changed = this.basket.addContact(id, contactId);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("contactsError", refused.getMessageKey());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return this.page.show(model, quote);
		}
		return "redirect:/quotes/" + changed.getId() + "#contacts";
	}

	@PostMapping("/{id}/contacts/{contactId}/remove")
	String removeContact(@PathVariable long id, @PathVariable long contactId) {
		return "redirect:/quotes/" + this.basket.removeContact(id, contactId).getId() + "#contacts";
	}

	/** Newest first unless the user sorts otherwise. */
	private static Sorting sorting(HttpServletRequest request) {
		Sorting sorting = Sorting.of(request, QuoteList.SORT_KEYS, "createdAt");
		if (request.getParameter("sort") == null) {
			return new Sorting(sorting.key(), false, sorting.url());
		}
		return sorting;
	}

	private static Map<Long, Integer> nonNull(Map<Long, Integer> quantities) {
		Map<Long, Integer> given = new LinkedHashMap<>();
		if (quantities != null) {
			quantities.forEach((product, quantity) -> given.put(product, quantity == null ? 0 : quantity));
		}
		return given;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
