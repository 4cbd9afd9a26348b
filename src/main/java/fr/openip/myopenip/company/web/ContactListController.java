package fr.openip.myopenip.company.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import fr.openip.myopenip.company.domain.ClientDirectory;
import fr.openip.myopenip.company.domain.Contact;
import fr.openip.myopenip.company.domain.Contact.Function;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Entreprises → Gestion des entreprises → Contacts": the contacts of the clients and
 * prospects one may see, filtered, sorted and paged in the database, and exported as CSV.
 */
@Controller
class ContactListController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final ClientDirectory directory;

	private final MessageSource messages;

	ContactListController(ClientDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
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

	private List<String> labels(Locale locale, String... keys) {
		return Arrays.stream(keys).map(key -> this.messages.getMessage(key, null, locale)).toList();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
