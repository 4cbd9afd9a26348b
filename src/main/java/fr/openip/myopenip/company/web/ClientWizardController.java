package fr.openip.myopenip.company.web;

import fr.openip.myopenip.shared.BusinessRuleException;

import jakarta.servlet.http.HttpServletResponse;

import java.time.LocalDate;

import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.ClientWizard;
import fr.openip.myopenip.company.domain.ClientWizard.WizardState;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.SepaMandate;
import fr.openip.myopenip.company.domain.SepaMandate.MandateData;
import fr.openip.myopenip.shared.TenantFilter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * "Nouveau client final" (and "Nouveau prospect"): the 4 steps, each with "Enregistrer en
 * brouillon" and "Enregistrer et continuer"; a draft resumes at the step where it
 * stopped.
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
		if (result.hasErrors()) {
			return view(model, this.directory.client(id), 1);
		}
		Company company = this.wizard.saveGeneralInformation(id, form.getVersion(), form.toInformation(), draft);
		return next(company, 1, draft, redirect);
	}

	@PostMapping("/companies/{id}/wizard/2")
	String saveSite(@PathVariable long id, @Valid @ModelAttribute("form") SiteForm form, BindingResult result,
			@RequestParam(defaultValue = "") String action, Model model, RedirectAttributes redirect) {
		boolean draft = DRAFT.equals(action);
		Company company = this.directory.client(id);
		form.validate(result, !draft, company.getSiren());
		if (result.hasErrors()) {
			return view(model, company, 2);
		}
		return next(this.wizard.saveMainSite(id, form.toDetails(), draft), 2, draft, redirect);
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
		if (result.hasErrors()) {
			return view(model, this.directory.client(id), 3);
		}
		Company company = this.wizard.saveBillingPoint(id, form.toDetails(), Uploads.of(form), draft);
		return next(company, 3, draft, redirect);
	}

	/** "Générer le mandat": a SEPA mandate filled from what the form holds now. */
	@PostMapping("/companies/{id}/wizard/3/mandate")
	ResponseEntity<byte[]> mandate(@PathVariable long id, @ModelAttribute("form") BillingPointForm form) {
		return mandatePdf(this.directory.client(id), form, this.mandate);
	}

	@PostMapping("/companies/{id}/wizard/4")
	String saveAdministrator(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form,
			BindingResult result, @RequestParam(defaultValue = "") String action, Model model,
			RedirectAttributes redirect) {
		boolean draft = DRAFT.equals(action);
		Company company = this.directory.client(id);
		form.validate(result, !draft, !company.isProspect());
		if (result.hasErrors()) {
			return view(model, company, 4);
		}
		return next(this.wizard.saveAdministrator(id, form.toDetails(), draft), 4, draft, redirect);
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
			HttpServletResponse response, RedirectAttributes redirect) {
		Company company = this.directory.client(id);
		form.validate(result);
		Uploads.check(form, result);
		if (!result.hasErrors()) {
			try {
				this.wizard.createClientAccount(id, form.toDetails(), Uploads.of(form), form.compactSiren(),
						form.compactSiret(), form.administrator());
				redirect.addFlashAttribute("successKey", "company.account.created");
				redirect.addFlashAttribute("successArgument", company.getName());
				return quote != null ? "redirect:/quotes/" + quote + "#validation" : "redirect:/companies/" + id;
			}
			catch (BusinessRuleException refused) {
				result.reject(refused.getMessageKey(), refused.getArguments(), null);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return clientAccountPage(model, company, quote);
	}

	private String clientAccountPage(Model model, Company company, Long quote) {
		model.addAttribute("company", company);
		model.addAttribute("quote", quote);
		return "company/client-account";
	}

	static ResponseEntity<byte[]> mandatePdf(Company company, BillingPointForm form, SepaMandate mandate) {
		var details = form.toDetails();
		byte[] pdf = mandate.generate(new MandateData(company.getName(), details.holder(), details.address(),
				details.iban(), details.bic(), details.rum()),
				LocalDate.now(fr.openip.myopenip.shared.web.Formats.PARIS));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("mandat-sepa-" + company.getId() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private String start(GeneralInformationForm form, BindingResult result, String action, boolean prospect,
			Model model, RedirectAttributes redirect) {
		boolean draft = DRAFT.equals(action);
		form.validate(result, !draft);
		if (result.hasErrors()) {
			return stepOne(model, form, prospect);
		}
		Company company = this.wizard.start(form.toInformation(), prospect, form.getReferentId(), draft);
		return next(company, 1, draft, redirect);
	}

	private String stepOne(Model model, GeneralInformationForm form, boolean prospect) {
		model.addAttribute("form", form);
		model.addAttribute("prospect", prospect);
		model.addAttribute("step", 1);
		addChoices(model);
		return "company/wizard";
	}

	private String view(Model model, Company company, int step) {
		model.addAttribute("company", company);
		model.addAttribute("prospect", company.isProspect());
		model.addAttribute("step", step);
		addChoices(model);
		return "company/wizard";
	}

	private void addChoices(Model model) {
		if (TenantFilter.currentTenant() == TenantFilter.ALL) {
			model.addAttribute("referents", this.directory.possibleReferents());
		}
	}

	private static String next(Company company, int step, boolean draft, RedirectAttributes redirect) {
		String list = company.isProspect() ? "prospects" : "clients";
		if (draft) {
			redirect.addFlashAttribute("successKey", "company.wizard.draftSaved");
			redirect.addFlashAttribute("successArgument", company.getName());
			return "redirect:/companies/" + list + "?state=DRAFT";
		}
		if (step < Company.LAST_STEP) {
			return "redirect:/companies/" + company.getId() + "/wizard/" + (step + 1);
		}
		redirect.addFlashAttribute("successKey",
				company.isProspect() ? "company.wizard.prospectSaved" : "company.wizard.clientCreated");
		redirect.addFlashAttribute("successArgument", company.getName());
		return "redirect:/companies/" + company.getId();
	}

}
