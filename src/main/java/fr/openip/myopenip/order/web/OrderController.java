package fr.openip.myopenip.order.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.OrderDesk;
import fr.openip.myopenip.order.domain.OrderDesk.SheetMove;
import fr.openip.myopenip.order.domain.OrderQueue;
import fr.openip.myopenip.order.domain.OrderQueue.OrderQuery;
import fr.openip.myopenip.order.domain.OrderRow;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "Commandes": the order desk's queue, an order's page with its sheets, and the desk's
 * work on it — "Prendre en charge", "Pilote production", and the selected sheets' new
 * state, planned delivery date and comment. A refused move comes back on the page with
 * its reason (400); a move made on a stale page comes back with the current state (409).
 */
@Controller
@RequestMapping("/orders")
class OrderController {

	private static final int PAGE_SIZE = 25;

	private final OrderQueue queue;

	private final ContractedOffers offers;

	private final OrderDesk desk;

	private final ContractedOfferPage page;

	private final Companies companies;

	OrderController(OrderQueue queue, ContractedOffers offers, OrderDesk desk, ContractedOfferPage page,
			Companies companies) {
		this.queue = queue;
		this.offers = offers;
		this.desk = desk;
		this.page = page;
		this.companies = companies;
	}

	@GetMapping
	String list(@ModelAttribute("query") OrderQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = Sorting.of(request, OrderQueue.SORT_KEYS, "queue");
		List<Long> resellers = query.reseller() == null || query.reseller().isBlank() ? null
				: this.companies.partnerIdsNamed(query.reseller());
		Page<OrderRow> results = this.queue.page(query, resellers, sorting.key(), sorting.ascending(),
				Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("orders", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", OrderQueue.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("states", Arrays.asList(OrderState.values()));
		model.addAttribute("types", Arrays.asList(OrderType.values()));
		model.addAttribute("resellers", this.page.partnerNames(results.map(OrderRow::ownerId).getContent()));
		model.addAttribute("staff", TenantFilter.currentTenant() == TenantFilter.ALL);
		return "order/queue";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CustomerOrder order = this.offers.order(id);
		model.addAttribute("order", order);
		model.addAttribute("oc", this.offers.get(order.getContractedOfferId()));
		model.addAttribute("sheets", this.offers.orderSheets(id));
		model.addAttribute("sheetStates", Arrays.asList(SheetState.values()));
		return "order/order";
	}

	@PostMapping("/{id}/take")
	String take(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			CustomerOrder order = this.desk.take(id);
			redirect.addFlashAttribute("successKey", "order.taken");
			redirect.addFlashAttribute("successArgument", order.getNumber());
			return "redirect:/orders/" + id;
		}
		catch (BusinessRuleException refused) {
			// someone else took it first: the page as it now stands, and why
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused(id, model, refused);
		}
	}

	@PostMapping("/{id}/production-pilot")
	String productionPilot(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String productionPilot, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.desk.productionPilot(id, version == null ? -1 : version, productionPilot);
			redirect.addFlashAttribute("successKey", "order.saved");
			return "redirect:/orders/" + id;
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return refused(id, model, refused);
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused(id, model, new BusinessRuleException("error.409.text"));
		}
	}

	/**
	 * The selected sheets ({@code sheet} = their ids, {@code version[id]} = the versions
	 * the page showed) take the new state, planned date and comment.
	 */
	@PostMapping("/{id}/sheets")
	String moveSheets(@PathVariable long id, @RequestParam(name = "sheet", required = false) List<Long> selected,
			@RequestParam Map<String, String> parameters, @RequestParam(required = false) String state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedDelivery,
			@RequestParam(required = false) String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			SheetMove move = new SheetMove(versions(selected, parameters), target(state), plannedDelivery,
					comment == null || comment.isBlank() ? null : comment.strip());
			CustomerOrder order = this.desk.move(id, move);
			redirect.addFlashAttribute("successKey", "order.sheetsMoved");
			redirect.addFlashAttribute("successArgument", order.getNumber());
			return "redirect:/orders/" + id + "#sheets";
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return refused(id, model, refused);
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused(id, model, new BusinessRuleException("order.error.stale"));
		}
	}

	private String refused(long id, Model model, BusinessRuleException refused) {
		model.addAttribute("deskError", refused.getMessageKey());
		model.addAttribute("deskErrorArguments", refused.getArguments());
		return show(id, model);
	}

	private static Map<Long, Long> versions(List<Long> selected, Map<String, String> parameters) {
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (Long sheet : selected == null ? List.<Long>of() : selected.stream().filter(Objects::nonNull).toList()) {
			String version = parameters.get("version[" + sheet + "]");
			if (version == null || !version.matches("\\d{1,18}")) {
				throw new BusinessRuleException("order.error.stale");
			}
			versions.put(sheet, Long.valueOf(version));
		}
		return versions;
	}

	private static SheetState target(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return SheetState.valueOf(state);
		}
		catch (IllegalArgumentException unknown) {
			throw new BusinessRuleException("order.error.unknownState");
		}
	}

}
