package fr.openip.myopenip.catalogue.web;

import java.util.List;
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

import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.Offer;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * The operator's staff create an offer, change its terms, retire it and put it back on
 * sale (URL rules: {@link CatalogueUrls}).
 */
@Controller
@RequestMapping("/catalogue/offers")
class OfferManagementController {

	static final List<Integer> COMMITMENTS = List.of(0, 12, 24, 36);

	private final CatalogueManagement management;

	OfferManagementController(CatalogueManagement management) {
		this.management = management;
	}

	@ModelAttribute("commitments")
	List<Integer> commitments() {
		return COMMITMENTS;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new OfferForm());
		return "catalogue/offer-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OfferForm form, BindingResult result, RedirectAttributes redirect) {
		Optional<Offer> offer = Refusals.obtain(result, () -> this.management.create(form.toTerms()));
		if (offer.isEmpty()) {
			return "catalogue/offer-form";
		}
		redirect.addFlashAttribute("successKey", "catalogue.offer.created");
		redirect.addFlashAttribute("successArgument", offer.get().getName());
		return "redirect:/catalogue/offers/" + offer.get().getId();
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Offer offer = this.management.offer(id);
		model.addAttribute("form", OfferForm.of(offer));
		model.addAttribute("offer", offer);
		return "catalogue/offer-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OfferForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("offer", this.management.offer(id));
		if (!Refusals.attempt(result, () -> this.management.update(id, form.getVersion(), form.toTerms()))) {
			return "catalogue/offer-form";
		}
		redirect.addFlashAttribute("successKey", "catalogue.offer.updated");
		redirect.addFlashAttribute("successArgument", form.getName());
		return "redirect:/catalogue/offers/" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		this.management.retire(id);
		redirect.addFlashAttribute("successKey", "catalogue.offer.retired");
		redirect.addFlashAttribute("successArgument", this.management.offer(id).getName());
		return "redirect:/catalogue/offers/" + id;
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable long id, RedirectAttributes redirect) {
		this.management.reinstate(id);
		redirect.addFlashAttribute("successKey", "catalogue.offer.reinstated");
		redirect.addFlashAttribute("successArgument", this.management.offer(id).getName());
		return "redirect:/catalogue/offers/" + id;
	}

}
