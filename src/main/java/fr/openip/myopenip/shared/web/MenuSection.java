package fr.openip.myopenip.shared.web;

import java.util.List;
import java.util.Set;

/**
 * One entry of the top menu ("Entreprises", "Catalogue", ...) with its links. Each
 * feature declares its own as a bean once it exists, so the menu never shows a link to
 * nothing.
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
	 * @param headerKey when set, a heading shown above this link (once per section, above
	 * the first link the user sees that names it)
	 */
	public record Item(String labelKey, String path, Set<String> roles, String headerKey) {

		public Item(String labelKey, String path, Set<String> roles) {
			this(labelKey, path, roles, null);
		}

	}

	MenuSection visibleTo(Set<String> roles) {
		List<Item> visible = new java.util.ArrayList<>();
		boolean headerShown = false;
		for (Item item : this.items) {
			if (item.roles().stream().anyMatch(roles::contains)) {
				String header = item.headerKey() != null && !headerShown ? item.headerKey() : null;
				headerShown |= header != null;
				visible.add(new Item(item.labelKey(), item.path(), item.roles(), header));
			}
		}
		return new MenuSection(this.order, this.labelKey, visible);
	}

}
