package fr.openip.myopenip.company.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.domain.PartnerCompanyService;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.shared.web.Pager;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage the operator, reseller and ambassador companies.
 */
@Controller
@RequestMapping("/admin/companies")
class PartnerCompanyController {

	private static final int PAGE_SIZE = 25;

	private static final List<CompanyUniverse> UNIVERSES = List.of(CompanyUniverse.OPERATOR, CompanyUniverse.RESELLER,
			CompanyUniverse.AMBASSADOR);

	private final PartnerCompanyService companies;

	PartnerCompanyController(PartnerCompanyService companies) {
		this.companies = companies;
	}

	@ModelAttribute("universes")
	List<CompanyUniverse> universes() {
		return UNIVERSES;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) CompanyUniverse universe,
			@RequestParam(required = false) CompanyState state, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Page<Company> results = this.companies.search(name, universe, state, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("companies", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("states", List.of(CompanyState.ACTIVE, CompanyState.DISABLED));
		model.addAttribute("name", name);
		model.addAttribute("universe", universe);
		model.addAttribute("state", state);
		return "company/partner-list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new PartnerCompanyForm());
		return "company/partner-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PartnerCompanyForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<Company> company = Refusals.obtain(result, () -> this.companies.create(form.toCommand()));
		if (company.isEmpty()) {
			return "company/partner-form";
		}
		redirect.addFlashAttribute("successKey", "company.partner.created");
		redirect.addFlashAttribute("successArgument", company.get().getName());
		return "redirect:/admin/companies";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Company company = this.companies.getPartner(id);
		model.addAttribute("form", PartnerCompanyForm.of(company));
		model.addAttribute("company", company);
		return "company/partner-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PartnerCompanyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Company company = this.companies.getPartner(id);
		form.setUniverse(company.getUniverse());
		model.addAttribute("company", company);
		if (!Refusals.attempt(result, () -> this.companies.update(id, form.getVersion(), form.toCommand()))) {
			return "company/partner-form";
		}
		redirect.addFlashAttribute("successKey", "company.partner.updated");
		redirect.addFlashAttribute("successArgument", form.getName());
		return "redirect:/admin/companies";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		Company company = this.companies.getPartner(id);
		this.companies.disable(id);
		redirect.addFlashAttribute("successKey", "company.partner.disabled");
		redirect.addFlashAttribute("successArgument", company.getName());
		return "redirect:/admin/companies";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		Company company = this.companies.getPartner(id);
		this.companies.enable(id);
		redirect.addFlashAttribute("successKey", "company.partner.enabled");
		redirect.addFlashAttribute("successArgument", company.getName());
		return "redirect:/admin/companies";
	}

}
