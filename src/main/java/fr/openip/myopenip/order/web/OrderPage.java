package fr.openip.myopenip.order.web;

import java.util.Arrays;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.shared.web.ActionForm;

/**
 * What an order's page shows: the order, its OC, its sheets and the states the desk may
 * give them, and the desk's form (the one just refused, or an empty one).
 */
@Component
class OrderPage {

	private final ContractedOffers offers;

	OrderPage(ContractedOffers offers) {
		this.offers = offers;
	}

	String show(long id, Model model) {
		CustomerOrder order = this.offers.order(id);
		model.addAttribute("order", order);
		model.addAttribute("oc", this.offers.get(order.getContractedOfferId()));
		model.addAttribute("sheets", this.offers.orderSheets(id));
		model.addAttribute("sheetStates", Arrays.asList(SheetState.values()));
		if (!model.containsAttribute("deskForm")) {
			model.addAttribute("deskForm", new ActionForm());
		}
		return "order/order";
	}

}
