package fr.openip.myopenip.company.web;

import java.util.Optional;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientWizard;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.shared.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Nouveau client final" and "Nouveau prospect": step 1 of the wizard, before the company
 * exists; saved, it goes on at step 2 ({@link ClientWizardController}) or waits as a
 * draft.
 */
@Controller
class NewClientController {

	private final ClientWizard wizard;

	private final ClientDirectory directory;

	NewClientController(ClientWizard wizard, ClientDirectory directory) {
		this.wizard = wizard;
		this.directory = directory;
	}

	@GetMapping("/companies/clients/new")
	String newClient(Model model) {
		return stepOne(model, new GeneralInformationForm(), false);
	}

	@GetMapping("/companies/prospects/new")
	String newProspect(Model model) {
		return stepOne(model, new GeneralInformationForm(), true);
	}

	@PostMapping("/companies/clients/new")
	String startClient(@Valid @ModelAttribute("form") GeneralInformationForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		return start(form, result, action, false, model, redirect);
	}

	@PostMapping("/companies/prospects/new")
	String startProspect(@Valid @ModelAttribute("form") GeneralInformationForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		return start(form, result, action, true, model, redirect);
	}

	private String start(GeneralInformationForm form, BindingResult result, String action, boolean prospect,
			Model model, RedirectAttributes redirect) {
		boolean draft = ClientWizardController.DRAFT.equals(action);
		form.validate(result, !draft);
		Optional<Company> company = Refusals.obtain(result,
				() -> this.wizard.start(form.toInformation(), prospect, form.getReferentId(), draft));
		if (company.isEmpty()) {
			return stepOne(model, form, prospect);
		}
		return WizardPages.next(company.get(), 1, draft, redirect);
	}

	private String stepOne(Model model, GeneralInformationForm form, boolean prospect) {
		model.addAttribute("form", form);
		return WizardPages.step(this.directory, model, prospect, 1);
	}

}
