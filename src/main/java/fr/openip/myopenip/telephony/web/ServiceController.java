package fr.openip.myopenip.telephony.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;
import fr.openip.myopenip.telephony.domain.ServiceList;
import fr.openip.myopenip.telephony.domain.ServiceList.ServiceQuery;
import fr.openip.myopenip.telephony.domain.ServiceRow;
import fr.openip.myopenip.telephony.domain.ServiceState;
import fr.openip.myopenip.telephony.domain.ServiceType;

/**
 * "Mes services → Paramétrage / Monitoring": the services with a filter per column of the
 * guide and their CSV export. A service's tabs: {@link ServiceTabsController}.
 */
@Controller
@RequestMapping("/services")
class ServiceController {

	private static final int PAGE_SIZE = 25;

	/** How many licences a page of "Utilisateurs" may show, to select them at once. */
	private static final int EXPORT_LIMIT = 10_000;

	private final ServiceList list;

	private final MessageSource messages;

	private final Companies companies;

	ServiceController(ServiceList list, MessageSource messages, Companies companies) {
		this.companies = companies;
		this.list = list;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("query") ServiceQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = sorting(request, ServiceList.SORT_KEYS, "createdAt");
		Page<ServiceRow> results = this.list.page(query, sorting.key(), sorting.ascending(), Math.max(page, 0),
				PAGE_SIZE);
		model.addAttribute("services", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", ServiceList.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("types", Arrays.asList(ServiceType.values()));
		model.addAttribute("states", Arrays.asList(ServiceState.values()));
		if (query.clientId() != null) {
			model.addAttribute("client", this.companies.client(query.clientId()).orElse(null));
		}
		return "telephony/services";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("query") ServiceQuery query, HttpServletRequest request,
			Locale locale) {
		Sorting sorting = sorting(request, ServiceList.SORT_KEYS, "createdAt");
		List<ServiceRow> rows = this.list.all(query, sorting.key(), sorting.ascending(), EXPORT_LIMIT);
		List<String> headers = List
			.of("service.number", "service.name", "service.client", "service.account", "service.site", "service.type",
					"service.state")
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		return CsvExport.of("services.csv", headers, rows,
				(row) -> List.of(row.number(), row.name(), row.clientName(),
						row.clientAccount() == null ? "" : row.clientAccount(), row.siteName(),
						this.messages.getMessage("service.type." + row.serviceType(), null, locale),
						this.messages.getMessage("service.state." + row.state(), null, locale)));
	}

	/** Newest first unless the user sorts otherwise. */
	static Sorting sorting(HttpServletRequest request, Set<String> keys, String defaultKey) {
		Sorting sorting = Sorting.of(request, keys, defaultKey);
		if (request.getParameter("sort") == null && "createdAt".equals(defaultKey)) {
			return new Sorting(sorting.key(), false, sorting.url());
		}
		return sorting;
	}

}
