package fr.openip.myopenip.order.web;

import java.util.Arrays;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.ContractedOffer;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.DeliveryForecast;
import fr.openip.myopenip.order.domain.OrderDelays;
import fr.openip.myopenip.order.domain.OrderTimes;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.PortingRejection;
import fr.openip.myopenip.paperwork.TerminationLetters;
import fr.openip.myopenip.shared.web.ActionForm;

/**
 * What an order's page shows: the order, its OC, its sheets and the states the desk may
 * give them, its portings and the reasons to reject one, a termination's letter, and the
 * desk's forms (the one just refused, or empty ones).
 */
@Component
class OrderPage {

	private final ContractedOffers offers;

	private final TerminationLetters letters;

	private final OrderTimes times;

	private final OrderDelays delays;

	private final DeliveryForecast forecasts;

	OrderPage(ContractedOffers offers, TerminationLetters letters, OrderTimes times, OrderDelays delays,
			DeliveryForecast forecasts) {
		this.forecasts = forecasts;
		this.offers = offers;
		this.letters = letters;
		this.times = times;
		this.delays = delays;
	}

	String show(long id, Model model) {
		CustomerOrder order = this.offers.order(id);
		model.addAttribute("order", order);
		ContractedOffer oc = this.offers.get(order.getContractedOfferId());
		model.addAttribute("oc", oc);
		if (order.getType() == OrderType.TERMINATION) {
			// the letter the client signs, and where it stands
			model.addAttribute("letter", this.letters.latest(oc.getNumber()).orElse(null));
		}
		model.addAttribute("sheets", this.offers.orderSheets(id));
		// how long in its état, since its deposit, each sheet in its state; against its
		// due date
		model.addAttribute("times", this.times.of(order));
		model.addAttribute("delay", this.delays.of(order.getDueOn(), order.isClosed()));
		model.addAttribute("forecast", this.forecasts.of(order).orElse(null));
		model.addAttribute("forecastAsked", !order.isClosed() && order.getType() != OrderType.TERMINATION);
		model.addAttribute("sheetStates", Arrays.asList(SheetState.values()));
		model.addAttribute("rejectionReasons", Arrays.asList(PortingRejection.values()));
		if (!model.containsAttribute("deskForm")) {
			model.addAttribute("deskForm", new ActionForm());
		}
		if (!model.containsAttribute("rejectionForm")) {
			model.addAttribute("rejectionForm", new PortingRejectionForm());
		}
		return "order/order";
	}

}
