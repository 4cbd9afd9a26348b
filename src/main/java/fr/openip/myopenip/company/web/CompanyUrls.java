package fr.openip.myopenip.company.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.openip.myopenip.company.CompanyPermissions;
import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;
import fr.openip.myopenip.shared.web.SecurityRules;

import static fr.openip.myopenip.shared.web.SecurityRules.allow;

/**
 * The companies' menus and URL rules, both asking {@link CompanyPermissions}.
 */
@Configuration(proxyBeanMethods = false)
class CompanyUrls {

	/** "Entreprises → Gestion des entreprises", as in the guides. */
	@Bean
	MenuSection companiesMenu(CompanyPermissions permissions) {
		return new MenuSection(100, "menu.companies",
				List.of(new Item("menu.companies.operators", "/companies/operators", permissions::canSeePartners,
						"menu.companies.header"),
						new Item("menu.companies.ambassadors", "/companies/ambassadors", permissions::canSeePartners),
						new Item("menu.companies.clients", "/companies/clients", permissions::canSeeClients,
								"menu.companies.header"),
						new Item("menu.companies.prospects", "/companies/prospects", permissions::canSeeClients),
						new Item("menu.companies.others", "/companies/others", permissions::canSeePartners),
						new Item("menu.companies.contacts", "/companies/contacts", permissions::canSeeClients)));
	}

	@Bean
	MenuSection partnerCompanyMenu(CompanyPermissions permissions) {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.companies", "/admin/companies", permissions::canManagePartners)));
	}

	@Bean
	@Order(100)
	SecurityRules companySecurityRules(CompanyPermissions permissions) {
		return (requests) -> requests.requestMatchers("/admin/companies", "/admin/companies/**")
			.access(allow(permissions::canManagePartners))
			.requestMatchers("/companies/operators/**", "/companies/ambassadors/**", "/companies/others/**")
			.access(allow(permissions::canSeePartners))
			.requestMatchers(HttpMethod.POST, "/companies/**")
			.access(allow(permissions::canEdit))
			.requestMatchers("/companies/clients/new", "/companies/prospects/new", "/companies/*/wizard/**",
					"/companies/*/edit", "/companies/*/client-account", "/companies/*/*/new", "/companies/*/*/*/edit")
			.access(allow(permissions::canEdit))
			.requestMatchers("/companies/**")
			.access(allow(permissions::canSeeClients));
	}

}
