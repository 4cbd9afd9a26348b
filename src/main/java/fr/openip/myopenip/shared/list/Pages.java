package fr.openip.myopenip.shared.list;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page a list reads, whatever number the address asked: never below the first, and
 * never so far that its offset passes what a query takes (Hibernate's offsets are
 * {@code int}s): a page past the end reads nothing and still shows the count.
 */
public final class Pages {

	private Pages() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		int last = Integer.MAX_VALUE / size - 1;
		return PageRequest.of(Math.min(Math.max(page, 0), last), size, sort);
	}

	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

}
