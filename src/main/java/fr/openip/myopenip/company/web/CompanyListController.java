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
import fr.openip.myopenip.company.domain.Contact;
import fr.openip.myopenip.company.domain.Contact.Function;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists of "Entreprises → Gestion des entreprises": Opérateurs, Ambassadeurs,
 * Clients, Prospects, Entreprises autres and Contacts; each filtered, sorted and paged in
 * the database, and exported as CSV.
 */
@Controller
class CompanyListController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

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

	@GetMapping("/companies/clients")
	String clients(@ModelAttribute("query") CompanyQuery query, HttpServletRequest request, Model model) {
		return list(CompanyList.CLIENTS, query, request, model);
	}

	@GetMapping("/companies/prospects")
	String prospects(@ModelAttribute("query") CompanyQuery query, HttpServletRequest request, Model model) {
		return list(CompanyList.PROSPECTS, query, request, model);
	}

	@GetMapping("/companies/operators")
	String operators(@ModelAttribute("query") CompanyQuery query, HttpServletRequest request, Model model) {
		return list(CompanyList.OPERATORS, query, request, model);
	}

	@GetMapping("/companies/ambassadors")
	String ambassadors(@ModelAttribute("query") CompanyQuery query, HttpServletRequest request, Model model) {
		return list(CompanyList.AMBASSADORS, query, request, model);
	}

	@GetMapping("/companies/others")
	String others(@ModelAttribute("query") CompanyQuery query, HttpServletRequest request, Model model) {
		return list(CompanyList.OTHERS, query, request, model);
	}

	@GetMapping("/companies/clients/export")
	ResponseEntity<byte[]> exportClients(CompanyQuery query, HttpServletRequest request, Locale locale) {
		return export(CompanyList.CLIENTS, query, request, locale);
	}

	@GetMapping("/companies/prospects/export")
	ResponseEntity<byte[]> exportProspects(CompanyQuery query, HttpServletRequest request, Locale locale) {
		return export(CompanyList.PROSPECTS, query, request, locale);
	}

	@GetMapping("/companies/operators/export")
	ResponseEntity<byte[]> exportOperators(CompanyQuery query, HttpServletRequest request, Locale locale) {
		return export(CompanyList.OPERATORS, query, request, locale);
	}

	@GetMapping("/companies/ambassadors/export")
	ResponseEntity<byte[]> exportAmbassadors(CompanyQuery query, HttpServletRequest request, Locale locale) {
		return export(CompanyList.AMBASSADORS, query, request, locale);
	}

	@GetMapping("/companies/others/export")
	ResponseEntity<byte[]> exportOthers(CompanyQuery query, HttpServletRequest request, Locale locale) {
		return export(CompanyList.OTHERS, query, request, locale);
	}

	@GetMapping("/companies/contacts")
	String contacts(@RequestParam(required = false) String name, @RequestParam(required = false) String company,
			@RequestParam(required = false) Function function, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = Sorting.of(request, ClientDirectory.CONTACT_SORTS.keySet(), "lastName");
		Page<Contact> contacts = this.directory.searchContacts(name, company, function, sorting.key(),
				sorting.ascending(), Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("contacts", contacts);
		model.addAttribute("pager", Pager.of(contacts, request));
		model.addAttribute("sorting", sorting);
		model.addAttribute("functions", Arrays.asList(Function.values()));
		model.addAttribute("name", name);
		model.addAttribute("company", company);
		model.addAttribute("function", function);
		return "company/contacts";
	}

	@GetMapping("/companies/contacts/export")
	ResponseEntity<byte[]> exportContacts(@RequestParam(required = false) String name,
			@RequestParam(required = false) String company, @RequestParam(required = false) Function function,
			HttpServletRequest request, Locale locale) {
		Sorting sorting = Sorting.of(request, ClientDirectory.CONTACT_SORTS.keySet(), "lastName");
		List<Contact> rows = this.directory
			.searchContacts(name, company, function, sorting.key(), sorting.ascending(), 0, EXPORT_LIMIT)
			.getContent();
		return CsvExport.of(
				"contacts.csv", labels(locale, "company.contact.lastName", "company.contact.firstName",
						"company.contact.email", "company.contact.phone", "company.contact.functions", "company.name"),
				rows,
				contact -> List.of(nullToEmpty(contact.getLastName()), nullToEmpty(contact.getFirstName()),
						nullToEmpty(contact.getEmail()), nullToEmpty(contact.getPhone()),
						String.join(", ",
								contact.getFunctions()
									.stream()
									.map(f -> this.messages.getMessage("company.enum.Function." + f, null, locale))
									.toList()),
						contact.getCompany().getName()));
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
