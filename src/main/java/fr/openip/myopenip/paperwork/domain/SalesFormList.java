package fr.openip.myopenip.paperwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormState;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * "Formulaires": the forms of the user's sales (a reseller its own), newest first, with
 * filters by type, état, client, quote and date of creation; sorted by date or client.
 */
@Component
public class SalesFormList {

	private static final Map<String, String> SORTS = Map.of("createdAt", "f.createdAt", "client", "f.clientSort");

	public static final Set<String> SORT_KEYS = SORTS.keySet();

	public static final long COUNT_LIMIT = 1_000;

	private final Lists lists;

	SalesFormList(Lists lists) {
		this.lists = lists;
	}

	/** The filters; any may be null. */
	public record FormQuery(FormType type, FormState state, String client, String quote,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo) {
	}

	@Transactional(readOnly = true)
	public Page<SalesFormRow> page(FormQuery query, String sort, boolean ascending, int page, int size) {
		return this.lists.page(query(query, sort, ascending), SalesFormRow.ROWS, page, size, COUNT_LIMIT);
	}

	/** Every line of the list as filtered and sorted, at most {@code limit}: the CSV. */
	@Transactional(readOnly = true)
	public List<SalesFormRow> all(FormQuery query, String sort, boolean ascending, int limit) {
		return this.lists.all(query(query, sort, ascending), SalesFormRow.ROWS, limit);
	}

	private static ListQuery query(FormQuery query, String sort, boolean ascending) {
		long tenant = TenantFilter.currentTenant();
		// a quote's number is upper case ("DEV000095225"), whatever the case typed
		String quote = ListQuery.likePrefix(query.quote());
		quote = quote == null ? null : quote.toUpperCase(java.util.Locale.ROOT);
		return ListQuery.from("SalesForm", "f")
			.where("f.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("f.type = :type", "type", query.type())
			.where("f.state = :state", "state", query.state())
			.startsWith("f.clientSort", "client", query.client())
			.where("f.quoteNumber like :quote escape '\\'", "quote", quote)
			.where("f.createdAt >= :createdFrom", "createdFrom",
					query.createdFrom() == null ? null
							: query.createdFrom().atStartOfDay(PortalClock.PARIS).toInstant())
			.where("f.createdAt < :createdTo", "createdTo",
					query.createdTo() == null ? null
							: query.createdTo().plusDays(1).atStartOfDay(PortalClock.PARIS).toInstant())
			.orderBy(SORTS, SORTS.containsKey(sort) ? sort : "createdAt", ascending);
	}

}
