package fr.openip.myopenip.quote.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteAmendment;
import fr.openip.myopenip.quote.domain.QuoteAmendment.Start;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.shared.TenantPrincipal;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * "Faire un ajout / réduction" from an OC's page (the blue pencil): the basket in process
 * "AJOUT / RÉDUCTION" pre-filled with the OC, "Annuler" / "Finaliser la commande"; then,
 * on the quote, which units a reduction takes away.
 */
@Controller
class AmendmentController {

	private final QuoteAmendment amendment;

	private final QuoteBasket basket;

	private final QuotePage page;

	AmendmentController(QuoteAmendment amendment, QuoteBasket basket, QuotePage page) {
		this.amendment = amendment;
		this.basket = basket;
		this.page = page;
	}

	@GetMapping("/quotes/amendments/{contractedOfferId}")
	String start(@PathVariable long contractedOfferId, @ModelAttribute("form") BasketForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<Start> start = Refusals.obtain(result, () -> this.amendment.start(contractedOfferId));
		if (start.isEmpty()) {
			return refusal(contractedOfferId, result, redirect);
		}
		model.addAttribute("form", BasketForm.of(start.get().offer()));
		return this.page.amendment(model, start.get());
	}

	@PostMapping("/quotes/amendments/{contractedOfferId}")
	String create(@PathVariable long contractedOfferId, @ModelAttribute("form") BasketForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Authentication user) {
		// the OC is asked first, whatever was typed: one that may not be amended now is
		// left
		BindingResult amendable = new BeanPropertyBindingResult(form, "form");
		Optional<Start> start = Refusals.obtain(amendable, () -> this.amendment.start(contractedOfferId));
		if (start.isEmpty()) {
			return refusal(contractedOfferId, amendable, redirect);
		}
		String email = (user.getPrincipal() instanceof TenantPrincipal principal) ? principal.getEmail() : null;
		Optional<Quote> quote = Refusals.obtain(result,
				() -> this.amendment.create(contractedOfferId, form.amendment(), email));
		if (quote.isEmpty()) {
			return this.page.amendment(model, start.get());
		}
		redirect.addFlashAttribute("successKey", "amendment.created");
		redirect.addFlashAttribute("successArgument", quote.get().getReference());
		return "redirect:/quotes/" + quote.get().getId();
	}

	/** Which units go, and for each number "Conserver le numéro" Oui / Non. */
	@PostMapping("/quotes/{id}/removals")
	String removals(@PathVariable long id, @ModelAttribute("summaryForm") RemovalsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<Quote> changed = Refusals.obtain(result,
				() -> this.amendment.chooseRemovals(id, form.versionOrUnknown(), form.chosen()));
		if (changed.isEmpty()) {
			return this.page.show(model, this.basket.get(id));
		}
		redirect.addFlashAttribute("successKey", "amendment.removalsSaved");
		redirect.addFlashAttribute("successArgument", changed.get().getReference());
		return "redirect:/quotes/" + changed.get().getId() + "#removals";
	}

	/**
	 * An OC that may not be amended now: back to it, saying why; to its open amendment
	 * when there is one.
	 */
	private String refusal(long contractedOfferId, BindingResult refused, RedirectAttributes redirect) {
		Refusals.carry(refused, redirect);
		return this.amendment.open(contractedOfferId)
			.map((quote) -> "redirect:/quotes/" + quote.getId())
			.orElse("redirect:/contracted-offers/" + contractedOfferId);
	}

}
