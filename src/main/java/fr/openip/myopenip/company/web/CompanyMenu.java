package fr.openip.myopenip.company.web;

import java.util.List;
import java.util.Set;

import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CompanyMenu {

	private static final Set<String> STAFF = Set.of("OPERATOR", "ADV", "ADMIN");

	private static final Set<String> EVERYONE = Set.of("RESELLER", "OPERATOR", "ADV", "ADMIN");

	/** "Entreprises → Gestion des entreprises", as in the guides. */
	@Bean
	MenuSection companiesMenu() {
		return new MenuSection(100, "menu.companies",
				List.of(new Item("menu.companies.operators", "/companies/operators", STAFF, "menu.companies.header"),
						new Item("menu.companies.ambassadors", "/companies/ambassadors", STAFF),
						new Item("menu.companies.clients", "/companies/clients", EVERYONE, "menu.companies.header"),
						new Item("menu.companies.prospects", "/companies/prospects", EVERYONE),
						new Item("menu.companies.others", "/companies/others", STAFF),
						new Item("menu.companies.contacts", "/companies/contacts", EVERYONE)));
	}

	@Bean
	MenuSection partnerCompanyMenu() {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.companies", "/admin/companies", Set.of("ADMIN"))));
	}

}
