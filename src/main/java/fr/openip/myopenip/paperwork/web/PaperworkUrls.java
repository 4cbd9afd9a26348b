package fr.openip.myopenip.paperwork.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.openip.myopenip.paperwork.PaperworkPermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/** The menu "Formulaires" and its URL rules, all asking {@link PaperworkPermissions}. */
@Configuration(proxyBeanMethods = false)
class PaperworkUrls {

	/**
	 * "Formulaires", between Catalogue and Commandes as the guides' menu bar shows it.
	 */
	@Bean
	MenuSection paperworkMenuSection(PaperworkPermissions permissions) {
		return new MenuSection(350, "menu.forms", List.of(new Item("menu.forms.list", "/forms", permissions::canSee)));
	}

	@Bean
	@Order(100)
	SecurityRules paperworkSecurityRules(PaperworkPermissions permissions) {
		return (requests) -> requests.requestMatchers("/termination-letters/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/forms/**")
			.access(allow(permissions::canComplete))
			.requestMatchers("/forms", "/forms/**")
			.access(allow(permissions::canSee));
	}

}
