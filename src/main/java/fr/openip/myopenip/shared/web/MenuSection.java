package fr.openip.myopenip.shared.web;

import java.util.List;
import java.util.Set;

/**
 * One entry of the top menu ("Entreprises", "Catalogue", ...) with its links. Each feature declares
 * its own as a bean once it exists, so the menu never shows a link to nothing.
 *
 * @param order position in the top menu
 * @param labelKey message key of the entry
 * @param items the links under it
 */
public record MenuSection(int order, String labelKey, List<Item> items) {

	/**
	 * A link of the menu and the roles it is shown to.
	 *
	 * @param labelKey message key of the link
	 * @param path where it goes
	 * @param roles roles that see it (without the ROLE_ prefix)
	 * @param headerKey when set, a heading shown above this link
	 */
	public record Item(String labelKey, String path, Set<String> roles, String headerKey) {

		public Item(String labelKey, String path, Set<String> roles) {
			this(labelKey, path, roles, null);
		}

	}

	MenuSection visibleTo(Set<String> roles) {
		List<Item> visible = this.items.stream().filter(item -> item.roles().stream().anyMatch(roles::contains)).toList();
		return new MenuSection(this.order, this.labelKey, visible);
	}

}
