package fr.openip.myopenip.telephony.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.telephony.domain.Licence;
import fr.openip.myopenip.telephony.domain.NumberDissociation;
import fr.openip.myopenip.telephony.domain.NumberDissociation.Dissociated;
import fr.openip.myopenip.telephony.domain.PhoneNumber;
import fr.openip.myopenip.telephony.domain.Services;

/**
 * "Actions → Dissocier vos numéros": the selected licences' numbers, "Conserver le
 * numéro" Oui / Non for each, the guide's warnings, "Annuler" and "Valider". Nothing
 * changes before "Valider".
 */
@Controller
@RequestMapping("/services/{id}/dissociation")
class DissociationController {

	private final Services services;

	private final NumberDissociation dissociation;

	private final Formats formats;

	DissociationController(Services services, NumberDissociation dissociation, Formats formats) {
		this.services = services;
		this.dissociation = dissociation;
		this.formats = formats;
	}

	@GetMapping
	String confirm(@PathVariable long id, @RequestParam(name = "licenceIds", required = false) List<Long> licenceIds,
			Model model, RedirectAttributes redirect) {
		this.services.get(id);
		if (licenceIds == null || licenceIds.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "dissociation.error.noSelection");
			return "redirect:/services/" + id;
		}
		List<Licence> licences = this.services.licences(id, licenceIds);
		Map<Long, PhoneNumber> numbers = this.services.numbersOf(licences);
		model.addAttribute("service", this.services.get(id));
		model.addAttribute("licences", licences.stream().filter((l) -> numbers.containsKey(l.getId())).toList());
		model.addAttribute("withoutNumber", licences.stream().filter((l) -> !numbers.containsKey(l.getId())).toList());
		model.addAttribute("numbers", numbers);
		model.addAttribute("quarantineEnd", this.dissociation.quarantineEnd());
		return "telephony/dissociation";
	}

	@PostMapping
	String dissociate(@PathVariable long id, @ModelAttribute DissociationForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<Dissociated> done = Refusals.obtain(result, () -> this.dissociation.dissociate(id, form.choices()));
		if (done.isEmpty()) {
			Refusals.carry(result, redirect);
			return "redirect:/services/" + id;
		}
		redirect.addFlashAttribute("successKey", "dissociation.done");
		redirect.addFlashAttribute("successArguments", new Object[] { done.get().kept(), done.get().quarantined(),
				this.formats.date(done.get().quarantineUntil()) });
		return "redirect:/services/" + id + "/numbers";
	}

}
