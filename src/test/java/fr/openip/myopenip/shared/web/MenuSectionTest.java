package fr.openip.myopenip.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.support.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu shows a user only the links its permissions open, a heading once, and no
 * section left empty.
 */
class MenuSectionTest {

	private final Navigation navigation = new Navigation(List.of(
			new MenuSection(100, "menu.companies",
					List.of(new MenuSection.Item("staff", "/staff", (user) -> Role.any(user, Role.OPERATOR), "header"),
							new MenuSection.Item("clients", "/clients",
									(user) -> Role.any(user, Role.RESELLER, Role.OPERATOR), "header"))),
			new MenuSection(900, "menu.administration",
					List.of(new MenuSection.Item("accounts", "/admin", (user) -> Role.any(user, Role.ADMIN)))),
			new MenuSection(200, "menu.companies",
					List.of(new MenuSection.Item("contacts", "/contacts", (user) -> true)))));

	@Test
	void aUserSeesOnlyTheLinksItsPermissionsOpenWithTheirHeadingOnce() {
		var reseller = this.navigation.sectionsFor(Users.of(Role.RESELLER));
		assertThat(reseller).singleElement().satisfies((section) -> {
			assertThat(section.items()).extracting(MenuSection.Item::labelKey).containsExactly("clients", "contacts");
			assertThat(section.items().get(0).headerKey()).isEqualTo("header");
		});

		var operator = this.navigation.sectionsFor(Users.of(Role.OPERATOR));
		assertThat(operator).singleElement().satisfies((section) -> {
			assertThat(section.items()).extracting(MenuSection.Item::labelKey)
				.containsExactly("staff", "clients", "contacts");
			assertThat(section.items()).extracting(MenuSection.Item::headerKey).containsExactly("header", null, null);
		});

		assertThat(this.navigation.sectionsFor(Users.of(Role.ADMIN))).extracting(MenuSection::labelKey)
			.containsExactly("menu.companies", "menu.administration");
		assertThat(this.navigation.sectionsFor(null)).isEmpty();
	}

}
