package fr.openip.myopenip.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sortable column headers of a list (↕): each links to the same list sorted by its
 * column, ascending first, then descending; the filters are kept and the page goes back
 * to the first. Only the whitelisted keys sort; anything else falls back to the default.
 *
 * @param key the column sorted on
 * @param ascending its direction
 */
public record Sorting(String key, boolean ascending, UriComponentsBuilder url) {

	public static Sorting of(HttpServletRequest request, Set<String> allowed, String defaultKey) {
		String key = request.getParameter("sort");
		boolean ascending = !"desc".equals(request.getParameter("dir"));
		if (key == null || !allowed.contains(key)) {
			key = defaultKey;
		}
		return new Sorting(key, ascending, Pager.sameQuery(request));
	}

	public String urlFor(String column) {
		boolean nextAscending = !column.equals(this.key) || !this.ascending;
		return this.url.cloneBuilder()
			.replaceQueryParam("sort", column)
			.replaceQueryParam("dir", nextAscending ? "asc" : "desc")
			.replaceQueryParam("page")
			.build()
			.encode()
			.toUriString();
	}

	/** "↑", "↓" on the sorted column, "↕" on the others. */
	public String indicator(String column) {
		if (!column.equals(this.key)) {
			return "↕";
		}
		return this.ascending ? "↑" : "↓";
	}

}
