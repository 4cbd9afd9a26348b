package fr.openip.myopenip.company.web;

import java.util.Optional;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientWizard;
import fr.openip.myopenip.company.domain.ClientWizard.WizardState;
import fr.openip.myopenip.company.domain.Company;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Nouveau client final" (and "Nouveau prospect"), its 4 steps, each with "Enregistrer en
 * brouillon" and "Enregistrer et continuer"; a draft resumes at the step where it
 * stopped. Step 1 of a new one: {@link NewClientController}; a prospect's client account:
 * {@link ClientAccountController}.
 */
@Controller
class ClientWizardController {

	static final String DRAFT = "draft";

	private final ClientWizard wizard;

	private final ClientDirectory directory;

	private final SepaMandate mandate;

	ClientWizardController(ClientWizard wizard, ClientDirectory directory, SepaMandate mandate) {
		this.wizard = wizard;
		this.directory = directory;
		this.mandate = mandate;
	}

	@GetMapping("/companies/{id}/wizard/{step}")
	String step(@PathVariable long id, @PathVariable int step, Model model) {
		WizardState state = this.wizard.state(id);
		Company company = state.company();
		Integer next = company.getWizardStep();
		if (step < 1 || step > Company.LAST_STEP || (next != null && step > next)) {
			return "redirect:/companies/" + id + "/wizard/" + (next == null ? 1 : next);
		}
		Object form = switch (step) {
			case 1 -> GeneralInformationForm.of(company);
			case 2 -> SiteForm.ofMainSite(state.mainSite());
			case 3 -> BillingPointForm.of(state.billingPoint());
			default -> ContactForm.of(state.administrator());
		};
		model.addAttribute("form", form);
		return view(model, company, step);
	}

	@PostMapping("/companies/{id}/wizard/1")
	String saveGeneral(@PathVariable long id, @Valid @ModelAttribute("form") GeneralInformationForm form,
			BindingResult result, @RequestParam(defaultValue = "") String action, Model model,
			RedirectAttributes redirect) {
		boolean draft = DRAFT.equals(action);
		form.validate(result, !draft);
		Optional<Company> company = Refusals.obtain(result,
				() -> this.wizard.saveGeneralInformation(id, form.getVersion(), form.toInformation(), draft));
		if (company.isEmpty()) {
			return view(model, this.directory.client(id), 1);
		}
		return WizardPages.next(company.get(), 1, draft, redirect);
	}

	@PostMapping("/companies/{id}/wizard/2")
	String saveSite(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		boolean draft = DRAFT.equals(action);
		Company company = this.directory.client(id);
		form.validate(result, !draft, company.getSiren());
		Optional<Company> saved = Refusals.obtain(result, () -> this.wizard.saveMainSite(id, form.toDetails(), draft));
		if (saved.isEmpty()) {
			return view(model, company, 2);
		}
		return WizardPages.next(saved.get(), 2, draft, redirect);
	}

	@PostMapping("/companies/{id}/wizard/3")
	String saveBilling(@PathVariable long id, @Valid @ModelAttribute("form") BillingPointForm form,
			BindingResult result, @RequestParam(defaultValue = "") String action, Model model,
			RedirectAttributes redirect) {
		if ("fillAddress".equals(action)) {
			WizardState state = this.wizard.state(id);
			if (state.mainSite() != null) {
				form.setAddress(AddressForm.of(state.mainSite().getAddress()));
			}
			return view(model, state.company(), 3);
		}
		boolean draft = DRAFT.equals(action);
		form.validate(result, !draft);
		Uploads.check(form, result);
		Optional<Company> company = Refusals.obtain(result,
				() -> this.wizard.saveBillingPoint(id, form.toDetails(), Uploads.of(form), draft));
		if (company.isEmpty()) {
			return view(model, this.directory.client(id), 3);
		}
		return WizardPages.next(company.get(), 3, draft, redirect);
	}

	/** "Générer le mandat": a SEPA mandate filled from what the form holds now. */
	@PostMapping("/companies/{id}/wizard/3/mandate")
	ResponseEntity<byte[]> mandate(@PathVariable long id, @ModelAttribute("form") BillingPointForm form) {
		return MandateDownload.of(this.directory.client(id), form, this.mandate);
	}

	@PostMapping("/companies/{id}/wizard/4")
	String saveAdministrator(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult result, @RequestParam(defaultValue = "") String action, Model model,
			RedirectAttributes redirect) {
		boolean draft = DRAFT.equals(action);
		Company company = this.directory.client(id);
		form.validate(result, !draft, !company.isProspect());
		Optional<Company> saved = Refusals.obtain(result,
				() -> this.wizard.saveAdministrator(id, form.toDetails(), draft));
		if (saved.isEmpty()) {
			return view(model, company, 4);
		}
		return WizardPages.next(saved.get(), 4, draft, redirect);
	}

	private String view(Model model, Company company, int step) {
		model.addAttribute("company", company);
		return WizardPages.step(this.directory, model, company.isProspect(), step);
	}

}
