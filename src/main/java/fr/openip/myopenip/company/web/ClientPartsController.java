package fr.openip.myopenip.company.web;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientEditing;
import fr.openip.myopenip.shared.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and editing the sites and contacts of a client or prospect; its billing points:
 * {@link BillingPointController}.
 */
@Controller
class ClientPartsController {

	private final ClientDirectory directory;

	private final ClientEditing editing;

	ClientPartsController(ClientDirectory directory, ClientEditing editing) {
		this.directory = directory;
		this.editing = editing;
	}

	@GetMapping("/companies/{id}/sites/new")
	String newSite(@PathVariable long id, Model model) {
		model.addAttribute("form", new SiteForm());
		return view(model, id, "site", null);
	}

	@PostMapping("/companies/{id}/sites")
	String addSite(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.validate(result, true, this.directory.client(id).getSiren());
		if (!Refusals.attempt(result, () -> this.editing.addSite(id, form.toDetails()))) {
			return view(model, id, "site", null);
		}
		return saved(id, redirect);
	}

	@GetMapping("/companies/{id}/sites/{siteId}/edit")
	String editSite(@PathVariable long id, @PathVariable long siteId, Model model) {
		model.addAttribute("form", SiteForm.of(this.directory.site(id, siteId)));
		return view(model, id, "site", siteId);
	}

	@PostMapping("/companies/{id}/sites/{siteId}")
	String updateSite(@PathVariable long id, @PathVariable long siteId, @Valid @ModelAttribute("form") SiteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.directory.site(id, siteId);
		form.validate(result, true, this.directory.client(id).getSiren());
		if (!Refusals.attempt(result, () -> this.editing.updateSite(id, siteId, form.getVersion(), form.toDetails()))) {
			return view(model, id, "site", siteId);
		}
		return saved(id, redirect);
	}

	/**
	 * A new contact; {@code quote}: opened from a quote's step 2 ("Nouveau contact"),
	 * which it returns to once saved.
	 */
	@GetMapping("/companies/{id}/contacts/new")
	String newContact(@PathVariable long id, @RequestParam(required = false) Long quote, Model model) {
		model.addAttribute("form", new ContactForm());
		model.addAttribute("returnQuote", quote);
		return view(model, id, "contact", null);
	}

	@PostMapping("/companies/{id}/contacts")
	String addContact(@PathVariable long id, @RequestParam(required = false) Long quote,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result, true, !this.directory.client(id).isProspect());
		if (!Refusals.attempt(result, () -> this.editing.addContact(id, form.toDetails()))) {
			model.addAttribute("returnQuote", quote);
			return view(model, id, "contact", null);
		}
		if (quote != null) {
			// back to the quote's contacts (a number, never an address from the request)
			redirect.addFlashAttribute("successKey", "company.saved");
			return "redirect:/quotes/" + quote + "#contacts";
		}
		return saved(id, redirect);
	}

	@GetMapping("/companies/{id}/contacts/{contactId}/edit")
	String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
		model.addAttribute("form", ContactForm.of(this.directory.contact(id, contactId)));
		return view(model, id, "contact", contactId);
	}

	@PostMapping("/companies/{id}/contacts/{contactId}")
	String updateContact(@PathVariable long id, @PathVariable long contactId,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.directory.contact(id, contactId);
		form.validate(result, true, !this.directory.client(id).isProspect());
		if (!Refusals.attempt(result,
				() -> this.editing.updateContact(id, contactId, form.getVersion(), form.toDetails()))) {
			return view(model, id, "contact", contactId);
		}
		return saved(id, redirect);
	}

	static String view(ClientDirectory directory, Model model, long companyId, String part, Long partId) {
		model.addAttribute("company", directory.client(companyId));
		model.addAttribute("part", part);
		model.addAttribute("partId", partId);
		return "company/edit-part";
	}

	private String view(Model model, long companyId, String part, Long partId) {
		return view(this.directory, model, companyId, part, partId);
	}

	static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successKey", "company.saved");
		return "redirect:/companies/" + id;
	}

}
