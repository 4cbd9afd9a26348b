package fr.openip.myopenip.account.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import fr.openip.myopenip.account.AccountPermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The accounts' menus and URL rules, both asking {@link AccountPermissions}.
 */
@Configuration(proxyBeanMethods = false)
class AccountUrls {

	@Bean
	MenuSection accountAdministrationMenu(AccountPermissions permissions) {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.accounts", "/admin/accounts", permissions::canManageAccounts),
						new Item("menu.administration.securityEvents", "/admin/security-events",
								permissions::canReadSecurityJournal),
						new Item("menu.administration.backup", "/admin/backup", permissions::canBackUp)));
	}

	@Bean
	@Order(100)
	SecurityRules accountSecurityRules(AccountPermissions permissions) {
		return (requests) -> requests.requestMatchers("/admin/accounts", "/admin/accounts/**")
			.access(allow(permissions::canManageAccounts))
			.requestMatchers("/admin/security-events", "/admin/security-events/**")
			.access(allow(permissions::canReadSecurityJournal))
			.requestMatchers("/admin/backup")
			.access(allow(permissions::canBackUp));
	}

}
