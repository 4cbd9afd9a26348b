package fr.openip.myopenip.catalogue.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.openip.myopenip.catalogue.CataloguePermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The catalogue's menu and URL rules, both asking {@link CataloguePermissions}.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueUrls {

	/** "Catalogue → Offres", beside "Entreprises" as in the guides. */
	@Bean
	MenuSection catalogueMenuSection(CataloguePermissions permissions) {
		return new MenuSection(200, "menu.catalogue",
				List.of(new Item("menu.catalogue.offers", "/catalogue/offers", permissions::canRead)));
	}

	@Bean
	@Order(100)
	SecurityRules catalogueSecurityRules(CataloguePermissions permissions) {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/catalogue/**")
			.access(allow(permissions::canManage))
			.requestMatchers("/catalogue/offers/new", "/catalogue/offers/*/edit", "/catalogue/offers/*/products/**")
			.access(allow(permissions::canManage))
			.requestMatchers("/catalogue/**")
			.access(allow(permissions::canRead));
	}

}
