package fr.openip.myopenip.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.openip.myopenip.account.domain.AccountService;
import fr.openip.myopenip.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password (and must, after an admin reset it).
 */
@Controller
@RequestMapping("/password")
class PasswordController {

	private final AccountService accounts;

	private final SessionPrincipalRefresher refresher;

	PasswordController(AccountService accounts, SessionPrincipalRefresher refresher) {
		this.accounts = accounts;
		this.refresher = refresher;
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordForm form) {
		return "account/password";
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation")
				&& !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "password.error.confirmation");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		List<String> problems = this.accounts.changeOwnPassword(user.getId(), form.getCurrentPassword(),
				form.getNewPassword());
		if (!problems.isEmpty()) {
			String field = problems.contains("password.error.current") ? "currentPassword" : "newPassword";
			problems.forEach(problem -> result.rejectValue(field, problem));
			return "account/password";
		}
		this.refresher.refresh(user.getUsername(), request, response);
		redirect.addFlashAttribute("successKey", "password.changed");
		return "redirect:/";
	}

}
