package fr.openip.myopenip.quote.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
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
import fr.openip.myopenip.quote.domain.QuoteAmendment;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.TenantPrincipal;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * A new quote for a client or prospect (its offer, then step 1 "Constitution de mon
 * panier"), a quote's page, and its basket changed.
 */
@Controller
@RequestMapping("/quotes")
class QuoteBasketController {

	private final QuoteBasket basket;

	private final QuoteAmendment amendment;

	private final Companies companies;

	private final Catalogue catalogue;

	private final QuotePage page;

	QuoteBasketController(QuoteBasket basket, QuoteAmendment amendment, Companies companies, Catalogue catalogue,
			QuotePage page) {
		this.basket = basket;
		this.amendment = amendment;
		this.companies = companies;
		this.catalogue = catalogue;
		this.page = page;
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
		model.addAttribute("client", this.basket.client(clientId));
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
			.orElseThrow(() -> new NotFoundException("Offer", offerId));
		model.addAttribute("client", client);
		String email = (user.getPrincipal() instanceof TenantPrincipal principal) ? principal.getEmail() : null;
		Optional<Quote> quote = Refusals.obtain(result,
				() -> this.basket.create(clientId, offerId, nonNull(form.getQuantities()), email));
		if (quote.isEmpty()) {
			this.page.basket(model, offer, null);
			return "quote/basket";
		}
		redirect.addFlashAttribute("successKey", "quote.created");
		redirect.addFlashAttribute("successArgument", quote.get().getReference());
		return "redirect:/quotes/" + quote.get().getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return this.page.show(model, this.basket.get(id));
	}

	@PostMapping("/{id}/basket")
	String changeBasket(@PathVariable long id, @ModelAttribute("form") BasketForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Quote quote = this.basket.get(id);
		Optional<Quote> changed = Refusals.obtain(result,
				() -> quote.isAmendment() ? this.amendment.changeBasket(id, form.getVersion(), form.amendment())
						: this.basket.changeBasket(id, form.getVersion(), nonNull(form.getQuantities())));
		if (changed.isEmpty()) {
			return this.page.show(model, quote);
		}
		redirect.addFlashAttribute("successKey", "quote.basketSaved");
		redirect.addFlashAttribute("successArgument", changed.get().getReference());
		return "redirect:/quotes/" + changed.get().getId();
	}

	private static Map<Long, Integer> nonNull(Map<Long, Integer> quantities) {
		Map<Long, Integer> given = new LinkedHashMap<>();
		if (quantities != null) {
			quantities.forEach((product, quantity) -> given.put(product, quantity == null ? 0 : quantity));
		}
		return given;
	}

}
