package fr.openip.myopenip.quote.web;

import java.util.Optional;

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
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * Step 2 of a quote: "Site d'installation", "Site de facturation" ("Poursuivre" ends the
 * step), and the contacts on site.
 */
@Controller
@RequestMapping("/quotes/{id}")
class QuoteSitesController {

	private final QuoteBasket basket;

	private final QuotePage page;

	QuoteSitesController(QuoteBasket basket, QuotePage page) {
		this.basket = basket;
		this.page = page;
	}

	@PostMapping("/sites")
	String chooseSites(@PathVariable long id, @ModelAttribute("sitesForm") SitesForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		// a form without its version is as stale as one with an old version
		Optional<Quote> changed = Refusals.obtain(result, () -> this.basket.chooseSites(id, form.versionOrUnknown(),
				form.getInstallationSiteId(), form.getBillingPointId(), form.continues()));
		if (changed.isEmpty()) {
			return this.page.show(model, this.basket.get(id));
		}
		redirect.addFlashAttribute("successKey", form.continues() ? "quote.sitesCompleted" : "quote.sitesSaved");
		redirect.addFlashAttribute("successArgument", changed.get().getReference());
		return "redirect:/quotes/" + changed.get().getId();
	}

	/** "Ajouter à la liste": one of the client's contacts, as an on-site contact. */
	@PostMapping("/contacts")
	String addContact(@PathVariable long id, @ModelAttribute("contactsForm") ContactChoiceForm form,
			BindingResult result, Model model) {
		if (form.getContactId() == null) {
			Refusals.reject(result, new BusinessRuleException("quote.error.contactToAdd"));
		}
		Optional<Quote> changed = Refusals.obtain(result, () -> this.basket.addContact(id, form.getContactId()));
		if (changed.isEmpty()) {
			return this.page.show(model, this.basket.get(id));
		}
		return "redirect:/quotes/" + changed.get().getId() + "#contacts";
	}

	@PostMapping("/contacts/{contactId}/remove")
	String removeContact(@PathVariable long id, @PathVariable long contactId) {
		return "redirect:/quotes/" + this.basket.removeContact(id, contactId).getId() + "#contacts";
	}

}
