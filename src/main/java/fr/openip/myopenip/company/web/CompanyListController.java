package fr.openip.myopenip.company.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.CompanyRow;
import fr.openip.myopenip.company.domain.Company.LegalForm;
import fr.openip.myopenip.company.domain.CompanyList;
import fr.openip.myopenip.company.domain.CompanyQuery;
import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The lists of "Entreprises → Gestion des entreprises": Opérateurs, Ambassadeurs,
 * Clients, Prospects and Entreprises autres; each filtered, sorted and paged in the
 * database, and exported as CSV. Contacts: {@link ContactListController}.
 */
@Controller
class CompanyListController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private static final Map<String, CompanyList> LISTS = Map.of("operators", CompanyList.OPERATORS, "ambassadors",
			CompanyList.AMBASSADORS, "clients", CompanyList.CLIENTS, "prospects", CompanyList.PROSPECTS, "others",
			CompanyList.OTHERS);

	private final ClientDirectory directory;

	private final MessageSource messages;

	private final Formats formats;

	CompanyListController(ClientDirectory directory, MessageSource messages, Formats formats) {
		this.directory = directory;
		this.messages = messages;
		this.formats = formats;
	}

	@ModelAttribute("states")
	List<CompanyState> states() {
		return Arrays.asList(CompanyState.values());
	}

	@GetMapping({ "/companies/operators", "/companies/ambassadors", "/companies/clients", "/companies/prospects",
			"/companies/others" })
	String list(@ModelAttribute("query") CompanyQuery query, HttpServletRequest request, Model model) {
		return list(listAt(request), query, request, model);
	}

	@GetMapping({ "/companies/operators/export", "/companies/ambassadors/export", "/companies/clients/export",
			"/companies/prospects/export", "/companies/others/export" })
	ResponseEntity<byte[]> export(CompanyQuery query, HttpServletRequest request, Locale locale) {
		return export(listAt(request), query, request, locale);
	}

	/** The list at this address: {@code /companies/clients}, its export below it. */
	private static CompanyList listAt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return LISTS.get(path.split("/")[2]);
	}

	private String list(CompanyList list, CompanyQuery query, HttpServletRequest request, Model model) {
		Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
		Sorting sorting = Sorting.of(request, ClientDirectory.COMPANY_SORTS, "name");
		Page<CompanyRow> companies = this.directory.search(list, query, sorting.key(), sorting.ascending(),
				page(request), PAGE_SIZE);
		model.addAttribute("list", list);
		model.addAttribute("companies", companies);
		model.addAttribute("pager", Pager.of(companies, request));
		model.addAttribute("sorting", sorting);
		model.addAttribute("path", request.getRequestURI());
		// Labels looked up once per page, not once per row
		model.addAttribute("legalFormLabels", labels(LegalForm.values(), "company.enum.LegalForm.", locale));
		model.addAttribute("stateLabels", labels(CompanyState.values(), "company.state.", locale));
		model.addAttribute("referentFilter", (list == CompanyList.CLIENTS || list == CompanyList.PROSPECTS)
				&& TenantFilter.currentTenant() == TenantFilter.ALL);
		return "company/list";
	}

	private ResponseEntity<byte[]> export(CompanyList list, CompanyQuery query, HttpServletRequest request,
			Locale locale) {
		Sorting sorting = Sorting.of(request, ClientDirectory.COMPANY_SORTS, "name");
		List<CompanyRow> rows = this.directory.export(list, query, sorting.key(), sorting.ascending(), EXPORT_LIMIT);
		return CsvExport.of(list.name().toLowerCase(Locale.ROOT) + ".csv",
				labels(locale, "company.id", "company.name", "company.createdAt", "company.legalForm", "company.state",
						"company.siren", "company.postalCodeCity", "company.referent"),
				rows,
				company -> List.of(company.id(), company.name(), this.formats.date(company.createdAt()),
						company.legalForm() == null ? ""
								: this.messages.getMessage("company.enum.LegalForm." + company.legalForm(), null,
										locale),
						this.messages.getMessage("company.state." + company.state(), null, locale),
						nullToEmpty(company.siren()), company.postalCodeAndCity(),
						nullToEmpty(company.referentName())));
	}

	private <E extends Enum<E>> Map<E, String> labels(E[] values, String prefix, Locale locale) {
		Map<E, String> labels = new EnumMap<>(values[0].getDeclaringClass());
		for (E value : values) {
			labels.put(value, this.messages.getMessage(prefix + value.name(), null, locale));
		}
		return labels;
	}

	private List<String> labels(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> this.messages.getMessage(key, null, locale)).toList();
	}

	private static int page(HttpServletRequest request) {
		try {
			return Math.max(0, Integer.parseInt(request.getParameter("page")));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
