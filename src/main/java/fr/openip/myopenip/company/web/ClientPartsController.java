package fr.openip.myopenip.company.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientEditing;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.SepaMandate;
import fr.openip.myopenip.shared.web.Conflicts;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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
 * Adding and editing the sites, billing points and contacts of a client or prospect.
 */
@Controller
class ClientPartsController {

	private final ClientDirectory directory;

	private final ClientEditing editing;

	private final SepaMandate mandate;

	ClientPartsController(ClientDirectory directory, ClientEditing editing, SepaMandate mandate) {
		this.directory = directory;
		this.editing = editing;
		this.mandate = mandate;
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
		if (result.hasErrors()) {
			return view(model, id, "site", null);
		}
		this.editing.addSite(id, form.toDetails());
		return saved(id, redirect);
	}

	@GetMapping("/companies/{id}/sites/{siteId}/edit")
	String editSite(@PathVariable long id, @PathVariable long siteId, Model model) {
		model.addAttribute("form", SiteForm.of(this.directory.site(id, siteId)));
		return view(model, id, "site", siteId);
	}

	@PostMapping("/companies/{id}/sites/{siteId}")
	String updateSite(@PathVariable long id, @PathVariable long siteId, @Valid @ModelAttribute("form") SiteForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.directory.site(id, siteId);
		form.validate(result, true, this.directory.client(id).getSiren());
		if (result.hasErrors()) {
			return view(model, id, "site", siteId);
		}
		try {
			this.editing.updateSite(id, siteId, form.getVersion(), form.toDetails());
		}
		catch (OptimisticLockingFailureException conflict) {
			Conflicts.keepTyped(result, response);
			return view(model, id, "site", siteId);
		}
		return saved(id, redirect);
	}

	@GetMapping("/companies/{id}/billing-points/new")
	String newBillingPoint(@PathVariable long id, Model model) {
		model.addAttribute("form", new BillingPointForm());
		return view(model, id, "billing", null);
	}

	@PostMapping("/companies/{id}/billing-points")
	String addBillingPoint(@PathVariable long id, @Valid @ModelAttribute("form") BillingPointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.directory.client(id);
		form.validate(result, true);
		Uploads.check(form, result);
		if (result.hasErrors()) {
			return view(model, id, "billing", null);
		}
		this.editing.addBillingPoint(id, form.toDetails(), Uploads.of(form));
		return saved(id, redirect);
	}

	@GetMapping("/companies/{id}/billing-points/{pointId}/edit")
	String editBillingPoint(@PathVariable long id, @PathVariable long pointId, Model model) {
		model.addAttribute("form", BillingPointForm.of(this.directory.billingPoint(id, pointId)));
		return view(model, id, "billing", pointId);
	}

	@PostMapping("/companies/{id}/billing-points/{pointId}")
	String updateBillingPoint(@PathVariable long id, @PathVariable long pointId,
			@Valid @ModelAttribute("form") BillingPointForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.directory.billingPoint(id, pointId);
		form.validate(result, true);
		Uploads.check(form, result);
		if (result.hasErrors()) {
			return view(model, id, "billing", pointId);
		}
		try {
			this.editing.updateBillingPoint(id, pointId, form.getVersion(), form.toDetails(), Uploads.of(form));
		}
		catch (OptimisticLockingFailureException conflict) {
			Conflicts.keepTyped(result, response);
			return view(model, id, "billing", pointId);
		}
		return saved(id, redirect);
	}

	/** "Générer le mandat" from the billing point form as it is typed. */
	@PostMapping("/companies/{id}/billing-points/mandate")
	ResponseEntity<byte[]> mandate(@PathVariable long id, @ModelAttribute("form") BillingPointForm form) {
		return ClientWizardController.mandatePdf(this.directory.client(id), form, this.mandate);
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
		if (result.hasErrors()) {
			model.addAttribute("returnQuote", quote);
			return view(model, id, "contact", null);
		}
		this.editing.addContact(id, form.toDetails());
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
			HttpServletResponse response, RedirectAttributes redirect) {
		this.directory.contact(id, contactId);
		form.validate(result, true, !this.directory.client(id).isProspect());
		if (result.hasErrors()) {
			return view(model, id, "contact", contactId);
		}
		try {
			this.editing.updateContact(id, contactId, form.getVersion(), form.toDetails());
		}
		catch (OptimisticLockingFailureException conflict) {
			Conflicts.keepTyped(result, response);
			return view(model, id, "contact", contactId);
		}
		return saved(id, redirect);
	}

	private String view(Model model, long companyId, String part, Long partId) {
		model.addAttribute("company", this.directory.client(companyId));
		model.addAttribute("part", part);
		model.addAttribute("partId", partId);
		return "company/edit-part";
	}

	private static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successKey", "company.saved");
		return "redirect:/companies/" + id;
	}

}
