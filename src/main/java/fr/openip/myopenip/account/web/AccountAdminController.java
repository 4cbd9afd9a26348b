package fr.openip.myopenip.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import fr.openip.myopenip.account.domain.AccountService;
import fr.openip.myopenip.account.domain.AccountService.AccountFilter;
import fr.openip.myopenip.account.domain.UserAccount;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.PartnerView;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Pager;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Administration → Comptes": admins find the user accounts and export them; creating and
 * changing one: {@link AccountFormController}.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final AccountService accounts;

	private final Companies companies;

	private final MessageSource messages;

	AccountAdminController(AccountService accounts, Companies companies, MessageSource messages) {
		this.accounts = accounts;
		this.companies = companies;
		this.messages = messages;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	@GetMapping
	String list(@ModelAttribute("filter") AccountFilter filter, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Page<UserAccount> results = this.accounts.search(filter, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("accounts", results);
		model.addAttribute("pager", Pager.of(results, request));
		List<PartnerView> partners = this.companies.partners();
		model.addAttribute("companies", partners);
		model.addAttribute("companyNames", names(partners));
		return "account/list";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") AccountFilter filter, Locale locale) {
		List<UserAccount> rows = this.accounts.search(filter, 0, EXPORT_LIMIT).getContent();
		Map<Long, String> companyNames = names(this.companies.partners());
		List<String> headers = List
			.of("account.username", "account.lastName", "account.firstName", "account.email", "account.role",
					"account.company", "account.active")
			.stream()
			.map(key -> this.messages.getMessage(key, null, locale))
			.toList();
		return CsvExport.of("comptes.csv", headers, rows,
				account -> List.of(account.getUsername(), account.getLastName(), account.getFirstName(),
						account.getEmail(), this.messages.getMessage("role." + account.getRole(), null, locale),
						companyNames.get(account.getCompanyId()),
						this.messages.getMessage(account.isEnabled() ? "yes" : "no", null, locale)));
	}

	private static Map<Long, String> names(List<PartnerView> partners) {
		return partners.stream().collect(Collectors.toMap(PartnerView::id, PartnerView::name));
	}

}
