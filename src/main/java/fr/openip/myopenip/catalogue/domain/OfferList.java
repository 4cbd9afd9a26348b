package fr.openip.myopenip.catalogue.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * The catalogue's list of offers, read as every list is ({@link Lists}): by the start of
 * the name or the reference, on sale or retired, sorted on a whitelisted column.
 */
@Component
public class OfferList {

	private static final Map<String, String> SORTS = Map.of("reference", "o.id", "name", "lower(o.name)", "commitment",
			"o.commitmentMonths");

	/** Sortable columns. */
	public static final Set<String> SORT_KEYS = SORTS.keySet();

	private final Lists lists;

	OfferList(Lists lists) {
		this.lists = lists;
	}

	/**
	 * The filters of the list; any may be null.
	 *
	 * @param name start of the name
	 * @param reference the reference ("OFO1001"), exact, case-insensitive
	 * @param retired true for the retired offers only, false for those on sale, null for
	 * all
	 */
	public record OfferQuery(String name, String reference, Boolean retired) {
	}

	@Transactional(readOnly = true)
	public Page<OfferRow> page(OfferQuery query, String sort, boolean ascending, int page, int size) {
		return this.lists.page(query(query, sort, ascending), OfferRow.ROWS, page, size);
	}

	@Transactional(readOnly = true)
	public List<OfferRow> all(OfferQuery query, String sort, boolean ascending, int limit) {
		return this.lists.all(query(query, sort, ascending), OfferRow.ROWS, limit);
	}

	private static ListQuery query(OfferQuery query, String sort, boolean ascending) {
		ListQuery list = ListQuery.from("Offer", "o")
			.where("lower(o.name) like :name escape '\\'", "name", ListQuery.likePrefix(query.name()))
			.where("upper(o.reference) = :reference", "reference",
					query.reference() == null ? null : query.reference().trim().toUpperCase(java.util.Locale.ROOT));
		if (query.retired() != null) {
			list.where(query.retired() ? "o.retiredAt is not null" : "o.retiredAt is null");
		}
		return list.orderBy(SORTS, SORTS.containsKey(sort) ? sort : "name", ascending);
	}

}
