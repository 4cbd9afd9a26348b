package fr.openip.myopenip.shared.web;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.security.core.Authentication;

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
	 * A link of the menu and who sees it.
	 *
	 * @param labelKey message key of the link
	 * @param path where it goes
	 * @param visibleTo who sees it: the permission of the feature's policy that opens the
	 * page
	 * @param headerKey when set, a heading shown above this link (once per section, above
	 * the first link the user sees that names it)
	 */
	public record Item(String labelKey, String path, Predicate<Authentication> visibleTo, String headerKey) {

		public Item(String labelKey, String path, Predicate<Authentication> visibleTo) {
			this(labelKey, path, visibleTo, null);
		}

	}

	MenuSection visibleTo(Authentication user) {
		List<Item> visible = new java.util.ArrayList<>();
		boolean headerShown = false;
		for (Item item : this.items) {
			if (item.visibleTo().test(user)) {
				String header = item.headerKey() != null && !headerShown ? item.headerKey() : null;
				headerShown |= header != null;
				visible.add(new Item(item.labelKey(), item.path(), item.visibleTo(), header));
			}
		}
		return new MenuSection(this.order, this.labelKey, visible);
	}

}
