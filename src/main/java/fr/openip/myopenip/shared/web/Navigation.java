package fr.openip.myopenip.shared.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The top menu of the current user: the sections the features declare (those of one label
 * merged), each with only the links the user's role may follow. The layout asks it
 * ({@code @navigation.sectionsFor(#authentication)}), so error pages show the same menu
 * as the others.
 */
@Component("navigation")
public class Navigation {

	private final List<MenuSection> sections;

	Navigation(List<MenuSection> declared) {
		Map<String, MenuSection> merged = new LinkedHashMap<>();
		declared.stream()
			.sorted(Comparator.comparingInt(MenuSection::order))
			.forEach(
					section -> merged.merge(section.labelKey(), section, (first, more) -> new MenuSection(first.order(),
							first.labelKey(), Stream.concat(first.items().stream(), more.items().stream()).toList())));
		this.sections = List.copyOf(merged.values());
	}

	public List<MenuSection> sectionsFor(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		return this.sections.stream()
			.map(section -> section.visibleTo(authentication))
			.filter(section -> !section.items().isEmpty())
			.toList();
	}

}
