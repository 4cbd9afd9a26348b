package fr.openip.myopenip.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import fr.openip.myopenip.account.domain.AccountService;
import fr.openip.myopenip.account.domain.UserAccount;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.shared.web.Refusals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins create a user account, change it, disable and enable it, and give it a new
 * temporary password.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountFormController {

	private final AccountService accounts;

	private final Companies companies;

	AccountFormController(AccountService accounts, Companies companies) {
		this.accounts = accounts;
		this.companies = companies;
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new AccountForm());
		return formView(model);
	}

	@PostMapping
	String create(@Validated({ Default.class, AccountForm.OnCreate.class }) @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<String> temporaryPassword = Refusals.obtain(result, () -> this.accounts.create(form.toCommand()));
		if (temporaryPassword.isEmpty()) {
			return formView(model);
		}
		redirect.addFlashAttribute("successKey", "account.created");
		redirect.addFlashAttribute("successArgument", temporaryPassword.get());
		return "redirect:/admin/accounts";
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
			Model model, RedirectAttributes redirect) {
		UserAccount account = this.accounts.get(id);
		form.setUsername(account.getUsername());
		model.addAttribute("account", account);
		if (!Refusals.attempt(result, () -> this.accounts.update(id, form.getVersion(), form.toCommand()))) {
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

}
