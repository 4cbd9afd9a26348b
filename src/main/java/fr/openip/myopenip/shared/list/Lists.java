package fr.openip.myopenip.shared.list;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one page of a list in two statements, with no entity built: the count of all
 * matches, then the page, whose ids come from the list's index (its filter and sort
 * columns are in it) before only those rows are joined and read as small records
 * ({@link ListRow}). Page 500 costs about what page 1 does. Exports read the same rows,
 * up to a limit.
 */
@Component
@Transactional(readOnly = true)
public class Lists {

	private final EntityManager entityManager;

	Lists(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Page {@code page} (0-based) of {@code size} rows, and the count of all. */
	public <R extends ListRow> Page<R> page(ListQuery query, ListRows<R> rows, int page, int size) {
		return page(query, rows, page, size, 0);
	}

	/**
	 * Page {@code page} (0-based) of {@code size} rows, counting the matches only up to
	 * {@code countLimit} (0: all): a list of hundreds of thousands of rows then says
	 * "more than {@code countLimit}" ({@link #countCapped}) instead of paying an exact
	 * count on every page. Its pages past the limit are still read.
	 */
	public <R extends ListRow> Page<R> page(ListQuery query, ListRows<R> rows, int page, int size, long countLimit) {
		var pageRequest = Pages.of(page, size);
		planWithValues(query);
		long total = countLimit > 0 ? limitedCount(query, countLimit + 1) : count(query);
		boolean capped = countLimit > 0 && total > countLimit;
		if (!capped && (total == 0 || pageRequest.getOffset() >= total)) {
			return new PageImpl<>(List.of(), pageRequest, total);
		}
		TypedQuery<R> select = this.entityManager.createQuery(query.pageQuery(rows), rows.type());
		query.parameters().forEach(select::setParameter);
		List<R> content = select.setParameter("listOffset", pageRequest.getOffset())
			.setParameter("listSize", size)
			.getResultList();
		if (capped) {
			// at least this page, and one more when it is full
			total = Math.max(total, pageRequest.getOffset() + content.size() + (content.size() == size ? 1 : 0));
		}
		return new PageImpl<>(content, pageRequest, total);
	}

	/** Whether a page's count stopped at {@code countLimit} ("plus de …"). */
	public static boolean countCapped(Page<?> page, long countLimit) {
		return countLimit > 0 && page.getTotalElements() > countLimit;
	}

	/** The first {@code limit} rows, in the list's order (CSV exports). */
	public <R extends ListRow> List<R> all(ListQuery query, ListRows<R> rows, int limit) {
		planWithValues(query);
		TypedQuery<R> select = this.entityManager.createQuery(query.rowsQuery(rows), rows.type());
		query.parameters().forEach(select::setParameter);
		return select.setMaxResults(limit).getResultList();
	}

	/**
	 * For the rest of the transaction (a list's read-only one), see
	 * {@link ListQuery#planWithValues}.
	 */
	private void planWithValues(ListQuery query) {
		if (query.plansWithValues()) {
			this.entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
		}
	}

	private long limitedCount(ListQuery query, long limit) {
		TypedQuery<Long> count = this.entityManager.createQuery(query.limitedCountQuery(), Long.class);
		query.parameters().forEach(count::setParameter);
		return count.setParameter("countLimit", limit).getSingleResult();
	}

	private long count(ListQuery query) {
		TypedQuery<Long> count = this.entityManager.createQuery(query.countQuery(), Long.class);
		query.parameters().forEach(count::setParameter);
		return count.getSingleResult();
	}

}
