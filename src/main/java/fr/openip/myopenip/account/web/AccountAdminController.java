package fr.openip.myopenip.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import fr.openip.myopenip.account.AccountService;
import fr.openip.myopenip.account.AccountService.AccountFilter;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.account.UserAccount;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.PartnerView;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.Conflicts;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Pager;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins manage the user accounts.
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

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new AccountForm());
		return formView(model);
	}

	@PostMapping
	String create(@Validated({ Default.class, AccountForm.OnCreate.class }) @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model);
		}
		try {
			String temporaryPassword = this.accounts.create(form.toCommand());
			redirect.addFlashAttribute("successKey", "account.created");
			redirect.addFlashAttribute("successArgument", temporaryPassword);
			return "redirect:/admin/accounts";
		}
		catch (BusinessRuleException refused) {
			result.rejectValue(fieldOf(refused), refused.getMessageKey());
			return formView(model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		UserAccount account = this.accounts.get(id);
		model.addAttribute("form", AccountForm.of(account));
		model.addAttribute("account", account);
		return formView(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		UserAccount account = this.accounts.get(id);
		form.setUsername(account.getUsername());
		model.addAttribute("account", account);
		if (result.hasErrors()) {
			return formView(model);
		}
		try {
			this.accounts.update(id, form.getVersion(), form.toCommand());
		}
		catch (BusinessRuleException refused) {
			result.rejectValue(fieldOf(refused), refused.getMessageKey());
			return formView(model);
		}
		catch (OptimisticLockingFailureException conflict) {
			Conflicts.keepTyped(result, response);
			return formView(model);
		}
		redirect.addFlashAttribute("successKey", "account.updated");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.disable(id);
		redirect.addFlashAttribute("successKey", "account.disabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.enable(id);
		redirect.addFlashAttribute("successKey", "account.enabled");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		String temporaryPassword = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("successKey", "account.passwordReset");
		redirect.addFlashAttribute("successArgument", temporaryPassword);
		return "redirect:/admin/accounts";
	}

	private String formView(Model model) {
		model.addAttribute("companies", this.companies.partners());
		return "account/form";
	}

	private static String fieldOf(BusinessRuleException refused) {
		return switch (refused.getMessageKey()) {
			case "account.error.usernameTaken" -> "username";
			default -> "role";
		};
	}

}
