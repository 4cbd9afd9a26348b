package fr.openip.myopenip.order.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.order.domain.AmendmentCancellation;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.TerminationWithdrawal;
import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * The order desk's ways back on an order in progress: "Annuler la résiliation" and
 * "Annuler l'ajout / réduction"; refused, the order's page says why.
 */
@Controller
@RequestMapping("/orders")
class OrderWaysBackController {

	private final TerminationWithdrawal withdrawal;

	private final AmendmentCancellation amendments;

	private final OrderPage orderPage;

	OrderWaysBackController(TerminationWithdrawal withdrawal, AmendmentCancellation amendments, OrderPage orderPage) {
		this.withdrawal = withdrawal;
		this.amendments = amendments;
		this.orderPage = orderPage;
	}

	/** "Annuler la résiliation": the termination Annulée, its OC delivered again. */
	@PostMapping("/{id}/withdraw-termination")
	String withdrawTermination(@PathVariable long id, @ModelAttribute("deskForm") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<CustomerOrder> order = Refusals.obtain(result, () -> this.withdrawal.withdraw(id));
		if (order.isEmpty()) {
			return this.orderPage.show(id, model);
		}
		redirect.addFlashAttribute("successKey", "termination.withdrawnFlash");
		redirect.addFlashAttribute("successArgument", order.get().getNumber());
		return "redirect:/orders/" + id;
	}

	/** "Annuler l'ajout / réduction": the OC keeps its quantities and numbers. */
	@PostMapping("/{id}/cancel-amendment")
	String cancelAmendment(@PathVariable long id, @ModelAttribute("deskForm") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<CustomerOrder> order = Refusals.obtain(result, () -> this.amendments.cancel(id));
		if (order.isEmpty()) {
			return this.orderPage.show(id, model);
		}
		redirect.addFlashAttribute("successKey", "amendment.cancelledFlash");
		redirect.addFlashAttribute("successArgument", order.get().getNumber());
		return "redirect:/orders/" + id;
	}

}
