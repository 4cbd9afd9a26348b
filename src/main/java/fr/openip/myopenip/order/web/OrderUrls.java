package fr.openip.myopenip.order.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.openip.myopenip.order.OrderPermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The menus and URL rules of OCs and orders, all asking {@link OrderPermissions}.
 */
@Configuration(proxyBeanMethods = false)
class OrderUrls {

	/** "Catalogue → Offres contractées", as guide 000 says. */
	@Bean
	MenuSection contractedOfferMenuSection(OrderPermissions permissions) {
		return new MenuSection(200, "menu.catalogue",
				List.of(new Item("menu.catalogue.contractedOffers", "/contracted-offers", permissions::canSee)));
	}

	/**
	 * "Commandes": the order desk's queue (a reseller's own orders), and the
	 * conversations with the order desk.
	 */
	@Bean
	MenuSection orderMenuSection(OrderPermissions permissions) {
		return new MenuSection(400, "menu.orders",
				List.of(new Item("menu.orders.queue", "/orders", permissions::canSee),
						new Item("menu.orders.conversations", "/conversations", permissions::canSee)));
	}

	@Bean
	@Order(100)
	SecurityRules orderSecurityRules(OrderPermissions permissions) {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/orders/**")
			.access(allow(permissions::canWork))
			.requestMatchers("/contracted-offers/*/termination", "/contracted-offers/*/termination/withdrawal")
			.access(allow(permissions::canTerminate))
			.requestMatchers(HttpMethod.POST, "/contracted-offers/*/sheets/*/porting")
			.access(allow(permissions::canSee))
			.requestMatchers(HttpMethod.POST, "/contracted-offers/**")
			.denyAll()
			.requestMatchers("/contracted-offers/*/prices")
			.access(allow(permissions::canSeePrices))
			.requestMatchers("/orders", "/orders/**", "/contracted-offers", "/contracted-offers/**", "/conversations",
					"/conversations/**")
			.access(allow(permissions::canSee));
	}

}
