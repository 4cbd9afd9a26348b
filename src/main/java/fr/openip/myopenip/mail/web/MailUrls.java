package fr.openip.myopenip.mail.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import fr.openip.myopenip.mail.MailPermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The outbox's menu and URL rules, both asking {@link MailPermissions}.
 */
@Configuration(proxyBeanMethods = false)
class MailUrls {

	@Bean
	MenuSection outboxMenu(MailPermissions permissions) {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.outbox", "/admin/outbox", permissions::canReadOutbox)));
	}

	@Bean
	@Order(100)
	SecurityRules mailSecurityRules(MailPermissions permissions) {
		return (requests) -> requests.requestMatchers("/admin/outbox", "/admin/outbox/**")
			.access(allow(permissions::canReadOutbox));
	}

}
