package fr.openip.myopenip.quote.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.quote.domain.QuoteValidation;
import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * Step 4 of a quote: "Notifier le client pour validation", "Valider le devis pour le
 * compte du client", "Validation finale de la commande"; and "Renouveler la validité" of
 * an expired quote.
 */
@Controller
@RequestMapping("/quotes/{id}")
class QuoteValidationController {

	private final QuoteBasket basket;

	private final QuoteValidation validation;

	private final QuotePage page;

	QuoteValidationController(QuoteBasket basket, QuoteValidation validation, QuotePage page) {
		this.basket = basket;
		this.validation = validation;
		this.page = page;
	}

	@PostMapping("/notify")
	String notifyClient(@PathVariable long id, @ModelAttribute("validationForm") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "quote.sent",
				() -> this.validation.notifyClient(id, form.versionOrUnknown()));
	}

	@PostMapping("/validate-for-client")
	String validateForTheClient(@PathVariable long id, @ModelAttribute("validationForm") ValidationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "quote.validated",
				() -> this.validation.validateForTheClient(id, form.versionOrUnknown(), form.isOnBehalf()).number());
	}

	@PostMapping("/final-validation")
	String finalValidation(@PathVariable long id, @ModelAttribute("validationForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "quote.validated",
				() -> this.validation.finalValidation(id, form.versionOrUnknown()).number());
	}

	/** "Renouveler la validité" of an expired quote: the quote now valid is shown. */
	@PostMapping("/renewal")
	String renew(@PathVariable long id, @ModelAttribute("renewalForm") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<Quote> renewed = Refusals.obtain(result, () -> this.validation.renew(id, form.versionOrUnknown()));
		if (renewed.isEmpty()) {
			return this.page.show(model, this.basket.get(id));
		}
		redirect.addFlashAttribute("successKey", "quote.renewed");
		redirect.addFlashAttribute("successArgument", renewed.get().getReference());
		return "redirect:/quotes/" + renewed.get().getId();
	}

	/**
	 * Runs a step of the validation; done, the quote's validation block says so (with the
	 * recipient or the order's number), refused, the quote comes back with why.
	 */
	private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, String doneKey,
			Supplier<String> action) {
		Optional<String> done = Refusals.obtain(result, action);
		if (done.isEmpty()) {
			return this.page.show(model, this.basket.get(id));
		}
		redirect.addFlashAttribute("successKey", doneKey);
		redirect.addFlashAttribute("successArgument", done.get());
		return "redirect:/quotes/" + id + "#validation";
	}

}
