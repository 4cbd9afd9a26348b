package fr.openip.myopenip.telephony.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.telephony.domain.Licence;
import fr.openip.myopenip.telephony.domain.LicenceSettings;
import fr.openip.myopenip.telephony.domain.OutgoingRestriction;
import fr.openip.myopenip.telephony.domain.PhoneNumber;
import fr.openip.myopenip.telephony.domain.Services;
import fr.openip.myopenip.telephony.domain.TelephonyService;

/**
 * A licence's user and settings, and "affecter" a number of the client's pool to it.
 */
@Controller
@RequestMapping("/services/{id}/licences/{licenceId}")
class LicenceController {

	private final Services services;

	private final LicenceSettings settings;

	LicenceController(Services services, LicenceSettings settings) {
		this.services = services;
		this.settings = settings;
	}

	@GetMapping
	String form(@PathVariable long id, @PathVariable long licenceId, Model model) {
		Licence licence = this.services.licence(id, licenceId);
		PhoneNumber number = this.services.numbersOf(java.util.List.of(licence)).get(licence.getId());
		model.addAttribute("form", LicenceForm.of(licence, number == null ? null : number.getId()));
		return show(model, id, licence, number);
	}

	@PostMapping
	String save(@PathVariable long id, @PathVariable long licenceId, @Valid @ModelAttribute("form") LicenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Licence> saved = Refusals.obtain(result,
				() -> this.settings.save(id, licenceId, form.getVersion(), form.toSettings(), form.getNumberId()));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("successKey", "licence.saved");
			redirect.addFlashAttribute("successArgument", saved.get().getSheetNumber());
			return "redirect:/services/" + id;
		}
		Licence licence = this.services.licence(id, licenceId);
		return show(model, id, licence, this.services.numbersOf(java.util.List.of(licence)).get(licence.getId()));
	}

	private String show(Model model, long id, Licence licence, PhoneNumber number) {
		TelephonyService service = this.services.get(id);
		model.addAttribute("service", service);
		model.addAttribute("licence", licence);
		model.addAttribute("number", number);
		model.addAttribute("freeNumbers", number == null ? this.services.freeNumbers(service) : java.util.List.of());
		model.addAttribute("restrictions", Arrays.asList(OutgoingRestriction.values()));
		return "telephony/licence";
	}

}
