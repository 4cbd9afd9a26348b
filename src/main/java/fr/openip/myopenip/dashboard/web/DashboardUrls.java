package fr.openip.myopenip.dashboard.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import fr.openip.myopenip.dashboard.DashboardPermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/** "Tableau de bord" in the menu, after the guides' sections, and its URL rule. */
@Configuration(proxyBeanMethods = false)
class DashboardUrls {

	@Bean
	MenuSection dashboardMenuSection(DashboardPermissions permissions) {
		return new MenuSection(800, "menu.dashboard",
				List.of(new Item("menu.dashboard.figures", "/dashboard", permissions::canSee)));
	}

	@Bean
	@Order(100)
	SecurityRules dashboardSecurityRules(DashboardPermissions permissions) {
		return (requests) -> requests.requestMatchers("/dashboard").access(allow(permissions::canSee));
	}

}
