package fr.openip.myopenip.account.web;

import java.util.List;
import java.util.Optional;

import fr.openip.myopenip.account.PortalUser;
import fr.openip.myopenip.shared.web.HomePanel;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: greets the user with their role and company, and shows what the features
 * have for them (a client's answer to a quote, say).
 */
@Controller
class HomeController {

	private final List<HomePanel> panels;

	HomeController(List<HomePanel> panels) {
		this.panels = panels;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user, Authentication authentication, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("panels",
				this.panels.stream().map((panel) -> panel.panelFor(authentication)).flatMap(Optional::stream).toList());
		return "home";
	}

}
