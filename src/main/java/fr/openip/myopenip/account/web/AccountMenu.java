package fr.openip.myopenip.account.web;

import java.util.List;
import java.util.Set;

import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountMenu {

	@Bean
	MenuSection accountAdministrationMenu() {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.accounts", "/admin/accounts", Set.of("ADMIN")),
						new Item("menu.administration.securityEvents", "/admin/security-events", Set.of("ADMIN"))));
	}

}
