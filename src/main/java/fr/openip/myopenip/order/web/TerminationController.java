package fr.openip.myopenip.order.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.Termination;
import fr.openip.myopenip.order.domain.Termination.Estimate;
import fr.openip.myopenip.order.domain.TerminationWithdrawal;
import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * "Résilier" an OC: the date asked (the earliest the notice allows, at first) and what
 * the engagement still owes then; confirmed, a termination order.
 */
@Controller
@RequestMapping("/contracted-offers/{id}/termination")
class TerminationController {

	private final ContractedOffers offers;

	private final Termination termination;

	private final TerminationWithdrawal withdrawal;

	TerminationController(ContractedOffers offers, Termination termination, TerminationWithdrawal withdrawal) {
		this.offers = offers;
		this.termination = termination;
		this.withdrawal = withdrawal;
	}

	@GetMapping
	String termination(@PathVariable long id, @ModelAttribute("form") TerminationForm form, BindingResult result,
			Model model) {
		model.addAttribute("oc", this.offers.get(id));
		Optional<Estimate> estimate = Refusals.obtain(result, () -> this.termination.estimate(id, form.asked()));
		model.addAttribute("estimate", estimate.orElse(null));
		return "order/termination";
	}

	@PostMapping
	String terminate(@PathVariable long id, @ModelAttribute("form") TerminationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<CustomerOrder> order = Refusals.obtain(result,
				() -> this.termination.request(id, form.versionOrUnknown(), form.asked()));
		if (order.isEmpty()) {
			model.addAttribute("oc", this.offers.get(id));
			return "order/termination";
		}
		redirect.addFlashAttribute("successKey", "termination.requested");
		redirect.addFlashAttribute("successArgument", order.get().getNumber());
		return "redirect:/contracted-offers/" + id + "/scope";
	}

	/** "Demander l'annulation de la résiliation": the order desk is told. */
	@PostMapping("/withdrawal")
	String askWithdrawal(@PathVariable long id, @ModelAttribute ActionForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<CustomerOrder> order = Refusals.obtain(result, () -> this.withdrawal.ask(id));
		if (order.isEmpty()) {
			Refusals.carry(result, redirect);
		}
		else {
			redirect.addFlashAttribute("successKey", "termination.withdrawalAskedFlash");
			redirect.addFlashAttribute("successArgument", order.get().getNumber());
		}
		return "redirect:/contracted-offers/" + id + "/scope";
	}

}
