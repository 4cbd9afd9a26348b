package fr.openip.myopenip.order.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

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

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.NumberPortings;
import fr.openip.myopenip.order.domain.NumberPortings.PortingQuery;
import fr.openip.myopenip.order.domain.ContractedSheet;
import fr.openip.myopenip.order.domain.PortingRow;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * "Portabilités de numéros", beside the list of OCs, and the porting's details of one of
 * an OC's sheets as the reseller gives them.
 */
@Controller
@RequestMapping("/contracted-offers")
class PortingController {

	private static final int PAGE_SIZE = 25;

	private final NumberPortings portings;

	private final ContractedOfferPage page;

	PortingController(NumberPortings portings, ContractedOfferPage page) {
		this.portings = portings;
		this.page = page;
	}

	@GetMapping("/portings")
	String portings(@ModelAttribute("query") PortingQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Page<PortingRow> results = this.portings.page(query, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("portings", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", 1_000L);
		model.addAttribute("sheetStates", Arrays.asList(SheetState.values()));
		return "order/portings";
	}

	@PostMapping("/{id}/sheets/{sheetId}/porting")
	String porting(@PathVariable long id, @PathVariable long sheetId, @ModelAttribute("portingForm") PortingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.setSheet(sheetId);
		Optional<ContractedSheet> sheet = Refusals.obtain(result,
				() -> this.portings.save(id, sheetId, form.versionOrUnknown(), form.getNumber(),
						form.getDonorOperator(), form.getRio(), form.requestedDate()));
		if (sheet.isEmpty()) {
			return this.page.show(model, id, "details");
		}
		redirect.addFlashAttribute("successKey", "porting.saved");
		redirect.addFlashAttribute("successArgument", sheet.get().getNumber());
		return "redirect:/contracted-offers/" + id + "#portings";
	}

}
