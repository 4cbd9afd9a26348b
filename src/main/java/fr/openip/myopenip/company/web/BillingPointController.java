package fr.openip.myopenip.company.web;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientEditing;
import fr.openip.myopenip.company.domain.SepaMandate;
import fr.openip.myopenip.shared.web.Refusals;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and editing the billing points of a client or prospect, with their RIB and SEPA
 * mandate, and "Générer le mandat" from the form as it is typed.
 */
@Controller
class BillingPointController {

	private final ClientDirectory directory;

	private final ClientEditing editing;

	private final SepaMandate mandate;

	BillingPointController(ClientDirectory directory, ClientEditing editing, SepaMandate mandate) {
		this.directory = directory;
		this.editing = editing;
		this.mandate = mandate;
	}

	@GetMapping("/companies/{id}/billing-points/new")
	String newBillingPoint(@PathVariable long id, Model model) {
		model.addAttribute("form", new BillingPointForm());
		return ClientPartsController.view(this.directory, model, id, "billing", null);
	}

	@PostMapping("/companies/{id}/billing-points")
	String addBillingPoint(@PathVariable long id, @Valid @ModelAttribute("form") BillingPointForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.directory.client(id);
		form.validate(result, true);
		Uploads.check(form, result);
		if (!Refusals.attempt(result, () -> this.editing.addBillingPoint(id, form.toDetails(), Uploads.of(form)))) {
			return ClientPartsController.view(this.directory, model, id, "billing", null);
		}
		return ClientPartsController.saved(id, redirect);
	}

	@GetMapping("/companies/{id}/billing-points/{pointId}/edit")
	String editBillingPoint(@PathVariable long id, @PathVariable long pointId, Model model) {
		model.addAttribute("form", BillingPointForm.of(this.directory.billingPoint(id, pointId)));
		return ClientPartsController.view(this.directory, model, id, "billing", pointId);
	}

	@PostMapping("/companies/{id}/billing-points/{pointId}")
	String updateBillingPoint(@PathVariable long id, @PathVariable long pointId,
			@Valid @ModelAttribute("form") BillingPointForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.directory.billingPoint(id, pointId);
		form.validate(result, true);
		Uploads.check(form, result);
		if (!Refusals.attempt(result, () -> this.editing.updateBillingPoint(id, pointId, form.getVersion(),
				form.toDetails(), Uploads.of(form)))) {
			return ClientPartsController.view(this.directory, model, id, "billing", pointId);
		}
		return ClientPartsController.saved(id, redirect);
	}

	/** "Générer le mandat" from the billing point form as it is typed. */
	@PostMapping("/companies/{id}/billing-points/mandate")
	ResponseEntity<byte[]> mandate(@PathVariable long id, @ModelAttribute("form") BillingPointForm form) {
		return MandateDownload.of(this.directory.client(id), form, this.mandate);
	}

}
