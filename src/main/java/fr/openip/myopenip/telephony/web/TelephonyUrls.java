package fr.openip.myopenip.telephony.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;
import fr.openip.myopenip.telephony.TelephonyPermissions;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The menu and URL rules of hosted telephony, all asking {@link TelephonyPermissions}.
 */
@Configuration(proxyBeanMethods = false)
class TelephonyUrls {

	/** "Mes services → Paramétrage / Monitoring", as guide 004 says. */
	@Bean
	MenuSection telephonyMenuSection(TelephonyPermissions permissions) {
		return new MenuSection(450, "menu.services",
				List.of(new Item("menu.services.settings", "/services", permissions::canSee)));
	}

	@Bean
	@Order(100)
	SecurityRules telephonySecurityRules(TelephonyPermissions permissions) {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/services/**")
			.access(allow(permissions::canConfigure))
			.requestMatchers("/services/*/licences/*", "/services/*/dissociation", "/services/*/groups/*")
			.access(allow(permissions::canConfigure))
			.requestMatchers("/services", "/services/**")
			.access(allow(permissions::canSee));
	}

}
