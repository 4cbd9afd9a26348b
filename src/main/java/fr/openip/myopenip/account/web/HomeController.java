package fr.openip.myopenip.account.web;

import fr.openip.myopenip.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: greets the user with their role and company.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("user", user);
		return "home";
	}

}
