package fr.openip.myopenip.company.web;

import java.util.List;
import java.util.Set;

import fr.openip.myopenip.shared.web.MenuSection;
import fr.openip.myopenip.shared.web.MenuSection.Item;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CompanyMenu {

	@Bean
	MenuSection partnerCompanyMenu() {
		return new MenuSection(900, "menu.administration",
				List.of(new Item("menu.administration.companies", "/admin/companies", Set.of("ADMIN"))));
	}

}
