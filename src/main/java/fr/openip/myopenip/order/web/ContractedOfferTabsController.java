package fr.openip.myopenip.order.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An OC's page, one tab a URL — "Détails", "Tarifs", "Périmètre", "Historique",
 * "Échanges" — each built alone by {@link ContractedOfferPage}, and its delivery notes.
 */
@Controller
@RequestMapping("/contracted-offers/{id}")
class ContractedOfferTabsController {

	private final ContractedOfferPage page;

	ContractedOfferTabsController(ContractedOfferPage page) {
		this.page = page;
	}

	@GetMapping
	String details(@PathVariable long id, Model model) {
		return this.page.show(model, id, "details");
	}

	@GetMapping("/prices")
	String prices(@PathVariable long id, Model model) {
		return this.page.show(model, id, "prices");
	}

	@GetMapping("/scope")
	String scope(@PathVariable long id, Model model) {
		return this.page.show(model, id, "scope");
	}

	@GetMapping("/history")
	String history(@PathVariable long id, Model model) {
		return this.page.show(model, id, "history");
	}

	@GetMapping("/conversations")
	String conversations(@PathVariable long id, Model model) {
		return this.page.show(model, id, "conversations");
	}

	@GetMapping("/delivery-note")
	ResponseEntity<byte[]> deliveryNote(@PathVariable long id) {
		return this.page.deliveryNote(id, null);
	}

	@GetMapping("/sheets/{sheetId}/delivery-note")
	ResponseEntity<byte[]> sheetDeliveryNote(@PathVariable long id, @PathVariable long sheetId) {
		return this.page.deliveryNote(id, sheetId);
	}

}
