package fr.openip.myopenip.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a pager: the first and last pages, and a bounded window around the current
 * one, so that a list of 100,000 rows shows a handful of links. Pages are 0-based;
 * {@code null} marks a gap.
 *
 * @param current the page shown
 * @param total number of pages
 * @param links page numbers to link, with {@code null} for an ellipsis
 */
public record Pager(int current, int total, List<Integer> links, UriComponentsBuilder url) {

	private static final int WINDOW = 2;

	/**
	 * The pager of a page of results, whose links keep the query of the current request.
	 */
	public static Pager of(Page<?> page, HttpServletRequest request) {
		return of(page.getNumber(), page.getTotalPages(), sameQuery(request));
	}

	/**
	 * The current address with its parameters as the user typed them (decoded once, then
	 * encoded once when a link is built): "Cabinet Lefèvre" stays "Cabinet Lefèvre",
	 * never encoded twice.
	 */
	public static UriComponentsBuilder sameQuery(HttpServletRequest request) {
		var url = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> url.queryParam(name, (Object[]) values));
		return url;
	}

	static Pager of(int current, int total, UriComponentsBuilder url) {
		List<Integer> links = new ArrayList<>();
		if (total <= 1) {
			return new Pager(current, total, links, url);
		}
		int from = Math.max(0, current - WINDOW);
		int to = Math.min(total - 1, current + WINDOW);
		if (from > 0) {
			links.add(0);
			if (from > 1) {
				links.add(null);
			}
		}
		for (int i = from; i <= to; i++) {
			links.add(i);
		}
		if (to < total - 1) {
			if (to < total - 2) {
				links.add(null);
			}
			links.add(total - 1);
		}
		return new Pager(current, total, links, url);
	}

	/** The address of page {@code page} (0-based) with the same filters. */
	public String urlFor(int page) {
		return this.url.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
	}

	public boolean hasPrevious() {
		return this.current > 0;
	}

	public boolean hasNext() {
		return this.current < this.total - 1;
	}

}
