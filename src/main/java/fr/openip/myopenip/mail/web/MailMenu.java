package fr.openip.myopenip.mail.web;

import java.util.List;
import java.util.Set;

import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MailMenu {

	@Bean
	MenuSection outboxMenu() {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.outbox", "/admin/outbox", Set.of("ADMIN"))));
	}

}
