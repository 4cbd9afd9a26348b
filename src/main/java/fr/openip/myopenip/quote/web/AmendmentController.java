package fr.openip.myopenip.quote.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteAmendment;
import fr.openip.myopenip.quote.domain.QuoteAmendment.Start;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantPrincipal;

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
	String start(@PathVariable long contractedOfferId, Model model, RedirectAttributes redirect) {
		try {
			Start start = this.amendment.start(contractedOfferId);
			model.addAttribute("form", BasketForm.of(start.offer()));
			return this.page.amendment(model, start);
		}
		catch (BusinessRuleException refused) {
			return refusal(contractedOfferId, refused, redirect);
		}
	}

	@PostMapping("/quotes/amendments/{contractedOfferId}")
	String create(@PathVariable long contractedOfferId, @ModelAttribute("form") BasketForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Authentication user) {
		Start start;
		try {
			start = this.amendment.start(contractedOfferId);
		}
		catch (BusinessRuleException refused) {
			return refusal(contractedOfferId, refused, redirect);
		}
		if (!result.hasErrors()) {
			try {
				String email = (user.getPrincipal() instanceof TenantPrincipal principal) ? principal.getEmail() : null;
				Quote quote = this.amendment.create(contractedOfferId, form.amendment(), email);
				redirect.addFlashAttribute("successKey", "amendment.created");
				redirect.addFlashAttribute("successArgument", quote.getReference());
				return "redirect:/quotes/" + quote.getId();
			}
			catch (BusinessRuleException refused) {
				result.reject(refused.getMessageKey(), refused.getArguments(), null);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return this.page.amendment(model, start);
	}

	/** Which units go, and for each number "Conserver le numéro" Oui / Non. */
	@PostMapping("/quotes/{id}/removals")
	String removals(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(name = "unit", required = false) java.util.List<Long> units,
			@RequestParam Map<String, String> parameters, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<Long, Boolean> chosen = new LinkedHashMap<>();
		if (units != null) {
			units.forEach((unit) -> chosen.put(unit, !"false".equals(parameters.get("keep[" + unit + "]"))));
		}
		try {
			Quote changed = this.amendment.chooseRemovals(id, version, chosen);
			redirect.addFlashAttribute("successKey", "amendment.removalsSaved");
			redirect.addFlashAttribute("successArgument", changed.getReference());
			return "redirect:/quotes/" + changed.getId() + "#removals";
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("summaryError", refused.getMessageKey());
			model.addAttribute("summaryErrorArguments", refused.getArguments());
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("summaryError", "error.409.text");
			model.addAttribute("summaryErrorArguments", new Object[0]);
		}
		return this.page.show(model, this.basket.get(id));
	}

	/**
	 * An OC that may not be amended now: back to it, saying why; to its open amendment
	 * when there is one.
	 */
	private String refusal(long contractedOfferId, BusinessRuleException refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", refused.getMessageKey());
		redirect.addFlashAttribute("errorArguments", refused.getArguments());
		return this.amendment.open(contractedOfferId)
			.map((quote) -> "redirect:/quotes/" + quote.getId())
			.orElse("redirect:/contracted-offers/" + contractedOfferId);
	}

}
