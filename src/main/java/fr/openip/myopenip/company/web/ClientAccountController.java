package fr.openip.myopenip.company.web;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientWizard;
import fr.openip.myopenip.company.domain.ClientWizard.WizardState;
import fr.openip.myopenip.company.domain.Company;
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
 * A prospect becomes a client: its SIREN and SIRET, billing point, bank files and
 * administrator in one form, reached from step 4 of its quote.
 */
@Controller
class ClientAccountController {

	private final ClientWizard wizard;

	private final ClientDirectory directory;

	ClientAccountController(ClientWizard wizard, ClientDirectory directory) {
		this.wizard = wizard;
		this.directory = directory;
	}

	/**
	 * "Créer le compte client", from step 4 of a prospect's quote ({@code quote}: back to
	 * it once done).
	 */
	@GetMapping("/companies/{id}/client-account")
	String clientAccount(@PathVariable long id, @RequestParam(required = false) Long quote, Model model) {
		Company company = this.directory.client(id);
		ClientAccountForm form = new ClientAccountForm();
		form.setSiren(company.getSiren());
		WizardState state = this.wizard.state(id);
		if (state.mainSite() != null) {
			form.setAddress(AddressForm.of(state.mainSite().getAddress()));
			form.setSiret(state.mainSite().getSiret());
		}
		form.setHolder(company.getName());
		model.addAttribute("form", form);
		return clientAccountPage(model, company, quote);
	}

	@PostMapping("/companies/{id}/client-account")
	String createClientAccount(@PathVariable long id, @RequestParam(required = false) Long quote,
			@Valid @ModelAttribute("form") ClientAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Company company = this.directory.client(id);
		form.validate(result);
		Uploads.check(form, result);
		if (!Refusals.attempt(result, () -> this.wizard.createClientAccount(id, form.toDetails(), Uploads.of(form),
				form.compactSiren(), form.compactSiret(), form.administrator()))) {
			return clientAccountPage(model, company, quote);
		}
		redirect.addFlashAttribute("successKey", "company.account.created");
		redirect.addFlashAttribute("successArgument", company.getName());
		return quote != null ? "redirect:/quotes/" + quote + "#validation" : "redirect:/companies/" + id;
	}

	private String clientAccountPage(Model model, Company company, Long quote) {
		model.addAttribute("company", company);
		model.addAttribute("quote", quote);
		return "company/client-account";
	}

}
