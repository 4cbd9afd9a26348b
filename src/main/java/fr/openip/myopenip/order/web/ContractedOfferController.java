package fr.openip.myopenip.order.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
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
import fr.openip.myopenip.order.domain.ContractedOffer;
import fr.openip.myopenip.order.domain.ContractedOfferList;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.NumberPortings;
import fr.openip.myopenip.order.domain.NumberPortings.PortingQuery;
import fr.openip.myopenip.order.domain.PortingRow;
import fr.openip.myopenip.order.domain.Termination;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.order.domain.ContractedOfferList.ContractedOfferQuery;
import fr.openip.myopenip.order.domain.ContractedOfferRow;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "Catalogue → Offres contractées": the list with the guide's columns and a filter per
 * column, its CSV export, and an OC's page with its tabs ({@link ContractedOfferPage}).
 */
@Controller
@RequestMapping("/contracted-offers")
class ContractedOfferController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final ContractedOfferList list;

	private final ContractedOffers offers;

	private final Termination termination;

	private final NumberPortings portings;

	private final ContractedOfferPage page;

	private final Companies companies;

	private final MessageSource messages;

	private final Formats formats;

	ContractedOfferController(ContractedOfferList list, ContractedOffers offers, Termination termination,
			NumberPortings portings, ContractedOfferPage page, Companies companies, MessageSource messages,
			Formats formats) {
		this.portings = portings;
		this.list = list;
		this.offers = offers;
		this.termination = termination;
		this.page = page;
		this.companies = companies;
		this.messages = messages;
		this.formats = formats;
	}

	@ModelAttribute("states")
	List<OrderState> states() {
		return Arrays.asList(OrderState.values());
	}

	@ModelAttribute("types")
	List<OrderType> types() {
		return Arrays.asList(OrderType.values());
	}

	@GetMapping
	String list(@ModelAttribute("query") ContractedOfferQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = sorting(request);
		Page<ContractedOfferRow> results = this.list.page(query, referents(query), sorting.key(), sorting.ascending(),
				Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("offers", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", ContractedOfferList.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("referents", this.page.partnerNames(results.map(ContractedOfferRow::ownerId).getContent()));
		model.addAttribute("staff", TenantFilter.currentTenant() == TenantFilter.ALL);
		if (query.clientId() != null) {
			model.addAttribute("client", this.companies.client(query.clientId()).orElse(null));
		}
		return "order/offers";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("query") ContractedOfferQuery query, HttpServletRequest request,
			Locale locale) {
		Sorting sorting = sorting(request);
		List<ContractedOfferRow> rows = this.list.all(query, referents(query), sorting.key(), sorting.ascending(),
				EXPORT_LIMIT);
		Map<Long, String> referents = this.page.partnerNames(rows.stream().map(ContractedOfferRow::ownerId).toList());
		List<String> headers = List
			.of("oc.pilot", "oc.number", "oc.offerName", "oc.orderNumber", "oc.client", "oc.referent", "oc.site",
					"oc.deliveredOn", "oc.state", "oc.orderType")
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		return CsvExport.of("offres-contractees.csv", headers, rows, (oc) -> List.of(text(oc.advPilot()), oc.number(),
				oc.offerName(), text(oc.orderNumber()), oc.clientName(), text(referents.get(oc.ownerId())),
				oc.siteName(), oc.deliveredOn() == null ? "" : this.formats.date(oc.deliveredOn()),
				this.messages.getMessage("order.state." + oc.state(), null, locale),
				oc.orderType() == null ? "" : this.messages.getMessage("order.type." + oc.orderType(), null, locale)));
	}

	/** "Portabilités de numéros", beside the list of OCs. */
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

	/** The porting's details of one of the OC's sheets, as the reseller gives them. */
	@PostMapping("/{id}/sheets/{sheetId}/porting")
	String porting(@PathVariable long id, @PathVariable long sheetId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String number, @RequestParam(required = false) String donorOperator,
			@RequestParam(required = false) String rio, @RequestParam(required = false) String requestedOn, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			var sheet = this.portings.save(id, sheetId, version == null ? -1 : version, number, donorOperator, rio,
					parsePortingDate(requestedOn));
			redirect.addFlashAttribute("successKey", "porting.saved");
			redirect.addFlashAttribute("successArgument", sheet.getNumber());
			return "redirect:/contracted-offers/" + id + "#portings";
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("portingError", refused);
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("portingError", new BusinessRuleException("error.409.text"));
		}
		model.addAttribute("portingSheet", sheetId);
		return this.page.show(model, id, "details");
	}

	private static LocalDate parsePortingDate(String date) {
		try {
			return parse(date);
		}
		catch (BusinessRuleException wrong) {
			throw new BusinessRuleException("porting.error.date");
		}
	}

	@GetMapping("/{id}")
	String details(@PathVariable long id, Model model) {
		return this.page.show(model, id, "details");
	}

	@GetMapping("/{id}/prices")
	String prices(@PathVariable long id, Model model) {
		return this.page.show(model, id, "prices");
	}

	@GetMapping("/{id}/scope")
	String scope(@PathVariable long id, Model model) {
		return this.page.show(model, id, "scope");
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		return this.page.show(model, id, "history");
	}

	@GetMapping("/{id}/conversations")
	String conversations(@PathVariable long id, Model model) {
		return this.page.show(model, id, "conversations");
	}

	@GetMapping("/{id}/delivery-note")
	ResponseEntity<byte[]> deliveryNote(@PathVariable long id) {
		return this.page.deliveryNote(id, null);
	}

	@GetMapping("/{id}/sheets/{sheetId}/delivery-note")
	ResponseEntity<byte[]> sheetDeliveryNote(@PathVariable long id, @PathVariable long sheetId) {
		return this.page.deliveryNote(id, sheetId);
	}

	/**
	 * "Résilier": the date asked (the earliest the notice allows, at first) and what the
	 * engagement still owes then.
	 */
	@GetMapping("/{id}/termination")
	String termination(@PathVariable long id, @RequestParam(required = false) String date, Model model,
			HttpServletResponse response) {
		ContractedOffer offer = this.offers.get(id);
		model.addAttribute("oc", offer);
		model.addAttribute("date", date);
		try {
			model.addAttribute("estimate", this.termination.estimate(id, parse(date)));
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("terminationError", refused);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return "order/termination";
	}

	@PostMapping("/{id}/termination")
	String terminate(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String date, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			CustomerOrder order = this.termination.request(id, version == null ? -1 : version, parse(date));
			redirect.addFlashAttribute("successKey", "termination.requested");
			redirect.addFlashAttribute("successArgument", order.getNumber());
			return "redirect:/contracted-offers/" + id + "/scope";
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("terminationError", refused);
		}
		catch (OptimisticLockingFailureException conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("terminationError", new BusinessRuleException("error.409.text"));
		}
		model.addAttribute("oc", this.offers.get(id));
		model.addAttribute("date", date);
		return "order/termination";
	}

	/**
	 * A date as the form's date field sends it; anything else is refused with a message.
	 */
	private static LocalDate parse(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException wrong) {
			throw new BusinessRuleException("termination.error.date");
		}
	}

	/**
	 * The companies the "Entreprise référente" filter names, or null when it is empty.
	 */
	private List<Long> referents(ContractedOfferQuery query) {
		return query.referent() == null || query.referent().isBlank() ? null
				: this.companies.partnerIdsNamed(query.referent());
	}

	/** Newest first unless the user sorts otherwise. */
	private static Sorting sorting(HttpServletRequest request) {
		Sorting sorting = Sorting.of(request, ContractedOfferList.SORT_KEYS, "createdAt");
		if (request.getParameter("sort") == null) {
			return new Sorting(sorting.key(), false, sorting.url());
		}
		return sorting;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
