package fr.openip.myopenip.order.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.domain.ContractedOfferList;
import fr.openip.myopenip.order.domain.ContractedOfferList.ContractedOfferQuery;
import fr.openip.myopenip.order.domain.ContractedOfferRow;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "Catalogue → Offres contractées": the list with the guide's columns and a filter per
 * column, and its CSV export. An OC's tabs: {@link ContractedOfferTabsController}; its
 * portings: {@link PortingController}; its termination: {@link TerminationController}.
 */
@Controller
@RequestMapping("/contracted-offers")
class ContractedOfferController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final ContractedOfferList list;

	private final ContractedOfferPage page;

	private final Companies companies;

	private final MessageSource messages;

	private final Formats formats;

	ContractedOfferController(ContractedOfferList list, ContractedOfferPage page, Companies companies,
			MessageSource messages, Formats formats) {
		this.list = list;
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
