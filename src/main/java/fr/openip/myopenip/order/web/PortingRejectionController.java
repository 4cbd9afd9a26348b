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

import fr.openip.myopenip.order.domain.OrderedSheet;
import fr.openip.myopenip.order.domain.PortingRejections;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * "Rejeter la portabilité": the order desk sends a sheet's porting back to the reseller
 * with its reason; refused, the order's page says why beside the field.
 */
@Controller
@RequestMapping("/orders")
class PortingRejectionController {

	private final PortingRejections rejections;

	private final OrderPage orderPage;

	PortingRejectionController(PortingRejections rejections, OrderPage orderPage) {
		this.rejections = rejections;
		this.orderPage = orderPage;
	}

	@PostMapping("/{id}/sheets/{sheetId}/porting-rejection")
	String reject(@PathVariable long id, @PathVariable long sheetId,
			@ModelAttribute("rejectionForm") PortingRejectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.setSheet(sheetId);
		Optional<OrderedSheet> sheet = Refusals.obtain(result,
				() -> this.rejections.reject(id, sheetId, form.versionOrUnknown(), form.rejection(), form.getText()));
		if (sheet.isEmpty()) {
			return this.orderPage.show(id, model);
		}
		redirect.addFlashAttribute("successKey", "porting.rejectedFlash");
		redirect.addFlashAttribute("successArgument", sheet.get().getNumber());
		return "redirect:/orders/" + id + "#portings";
	}

}
