package fr.openip.myopenip.quote.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.openip.myopenip.quote.QuotePermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The quotes' menu and URL rules, both asking {@link QuotePermissions}.
 */
@Configuration(proxyBeanMethods = false)
class QuoteUrls {

	/** "E-boutique → Mes devis", as guide 002 (part B) says. */
	@Bean
	MenuSection quoteMenuSection(QuotePermissions permissions) {
		return new MenuSection(300, "menu.shop", List.of(new Item("menu.shop.quotes", "/quotes", permissions::canSee)));
	}

	@Bean
	@Order(100)
	SecurityRules quoteSecurityRules(QuotePermissions permissions) {
		return (requests) -> requests.requestMatchers("/signature/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/quotes/*/final-validation")
			.access(allow(permissions::canValidateFinally))
			.requestMatchers(HttpMethod.POST, "/quotes/*/validate-for-client")
			.access(allow(permissions::canValidateForTheClient))
			.requestMatchers(HttpMethod.POST, "/quotes/**")
			.access(allow(permissions::canEdit))
			.requestMatchers("/quotes/new", "/quotes/amendments/*")
			.access(allow(permissions::canEdit))
			.requestMatchers("/quotes", "/quotes/**")
			.access(allow(permissions::canSee));
	}

}
