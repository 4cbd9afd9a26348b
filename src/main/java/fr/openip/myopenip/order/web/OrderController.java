package fr.openip.myopenip.order.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.OrderDesk;
import fr.openip.myopenip.order.domain.OrderQueue;
import fr.openip.myopenip.order.domain.OrderQueue.OrderQuery;
import fr.openip.myopenip.order.domain.OrderRow;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "Commandes": the order desk's queue, an order's page with its sheets, and the desk's
 * work on it — "Prendre en charge", "Pilote production", and the selected sheets' new
 * state, planned delivery date and comment. A refused move comes back on the page with
 * its reason; a move made on a stale page comes back with the current state.
 */
@Controller
@RequestMapping("/orders")
class OrderController {

	private static final int PAGE_SIZE = 25;

	private final QueuePage queuePage;

	private final OrderDesk desk;

	private final OrderPage orderPage;

	private final QueueLine.Writer lines;

	OrderController(QueuePage queuePage, OrderDesk desk, OrderPage orderPage, QueueLine.Writer lines) {
		this.orderPage = orderPage;
		this.queuePage = queuePage;
		this.desk = desk;
		this.lines = lines;
	}

	@GetMapping
	String list(@ModelAttribute("query") OrderQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model, Locale locale) {
		Sorting sorting = Sorting.of(request, OrderQueue.SORT_KEYS, "queue");
		QueuePage.Read read = this.queuePage.read(query, sorting.key(), sorting.ascending(), Math.max(page, 0),
				PAGE_SIZE);
		Page<OrderRow> results = read.orders();
		model.addAttribute("orders", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", OrderQueue.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("states", Arrays.asList(OrderState.values()));
		model.addAttribute("types", Arrays.asList(OrderType.values()));
		model.addAttribute("lines", this.lines.lines(results.getContent(), read.partnerNames(), locale));
		model.addAttribute("staff", TenantFilter.currentTenant() == TenantFilter.ALL);
		return "order/queue";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return this.orderPage.show(id, model);
	}

	/**
	 * "Prendre en charge"; someone else took it first: the page as it now stands (409).
	 */
	@PostMapping("/{id}/take")
	String take(@PathVariable long id, @ModelAttribute("deskForm") ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<CustomerOrder> order = Refusals.obtain(result, () -> this.desk.take(id));
		if (order.isEmpty()) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "order.taken");
		redirect.addFlashAttribute("successArgument", order.get().getNumber());
		return "redirect:/orders/" + id;
	}

	@PostMapping("/{id}/production-pilot")
	String productionPilot(@PathVariable long id, @ModelAttribute("deskForm") PilotForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!Refusals.attempt(result,
				() -> this.desk.productionPilot(id, form.versionOrUnknown(), form.getProductionPilot()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "order.saved");
		return "redirect:/orders/" + id;
	}

	/** The selected sheets take the new state, planned date and comment. */
	@PostMapping("/{id}/sheets")
	String moveSheets(@PathVariable long id, @ModelAttribute("deskForm") SheetMoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<CustomerOrder> order = Refusals.obtain(result, "order.error.stale",
				() -> this.desk.move(id, form.move()));
		if (order.isEmpty()) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "order.sheetsMoved");
		redirect.addFlashAttribute("successArgument", order.get().getNumber());
		return "redirect:/orders/" + id + "#sheets";
	}

}
