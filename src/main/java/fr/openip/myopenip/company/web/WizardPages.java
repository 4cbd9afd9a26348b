package fr.openip.myopenip.company.web;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.shared.TenantFilter;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the wizard's steps share: the page of a step, and where saving a step leads (the
 * next step, the drafts, or the new company's page).
 */
final class WizardPages {

	private WizardPages() {
	}

	/** The wizard's page at this step; the operator's staff also choose the referent. */
	static String step(ClientDirectory directory, Model model, boolean prospect, int step) {
		model.addAttribute("prospect", prospect);
		model.addAttribute("step", step);
		if (TenantFilter.currentTenant() == TenantFilter.ALL) {
			model.addAttribute("referents", directory.possibleReferents());
		}
		return "company/wizard";
	}

	static String next(Company company, int step, boolean draft, RedirectAttributes redirect) {
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
