package fr.openip.myopenip.quote.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;
import fr.openip.myopenip.shared.web.Formats;

/**
 * "Mes devis", read as every list is ({@link Lists}), with the guide's filters: N° devis
 * / Version, N° client, Client, Nom des offres, Création (from, to), Étape, Commercial.
 */
@Component
public class QuoteList {

	private static final Map<String, String> SORTS = Map.of("number", "q.number", "client", "q.clientSort", "createdAt",
			"q.createdAt", "step", "q.step", "offer", "lower(q.offerName)");

	public static final Set<String> SORT_KEYS = SORTS.keySet();

	private final Lists lists;

	private final jakarta.persistence.EntityManager entityManager;

	/** How many sales reps the "Commercial" drop-down offers at most. */
	public static final int SALES_REPS_LIMIT = 200;

	QuoteList(Lists lists, jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.lists = lists;
	}

	/**
	 * The filters; any may be null.
	 *
	 * @param number "N° devis / Version": {@code DEV000095225} or {@code DEV000095225/1}
	 * @param createdFrom first day of "Création"
	 * @param createdTo last day of "Création"
	 */
	public record QuoteQuery(String number, Long clientId, String client, String offer,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo, Integer step, String salesRep) {
	}

	/**
	 * Mes devis counts at most this many matches ("Plus de 1 000 résultats"): an exact
	 * count of the operator's hundreds of thousands of quotes on every page cost more
	 * than the page.
	 */
	public static final long COUNT_LIMIT = 1_000;

	@Transactional(readOnly = true)
	public Page<QuoteRow> page(QuoteQuery query, String sort, boolean ascending, int page, int size) {
		return this.lists.page(query(query, sort, ascending), QuoteRow.ROWS, page, size, COUNT_LIMIT);
	}

	/**
	 * "Commercial": the users who made the quotes the user sees, by name (an index on the
	 * owner and the author serves it, V25).
	 */
	@Transactional(readOnly = true)
	public List<String> salesReps() {
		return this.entityManager
			.createQuery("select distinct q.createdBy from Quote q order by q.createdBy", String.class)
			.setMaxResults(SALES_REPS_LIMIT)
			.getResultList();
	}

	@Transactional(readOnly = true)
	public List<QuoteRow> all(QuoteQuery query, String sort, boolean ascending, int limit) {
		return this.lists.all(query(query, sort, ascending), QuoteRow.ROWS, limit);
	}

	private static ListQuery query(QuoteQuery query, String sort, boolean ascending) {
		String number = query.number() == null ? null : query.number().trim().toUpperCase(Locale.ROOT);
		Integer version = null;
		if (number != null && number.contains("/")) {
			String[] parts = number.split("/", 2);
			number = parts[0];
			version = parts[1].matches("\\d{1,6}") ? Integer.valueOf(parts[1]) : -1;
		}
		// A reseller's quotes are its own (the tenant filter says so too): saying it here
		// lets
		// PostgreSQL read them from the owner's index
		long tenant = TenantFilter.currentTenant();
		return ListQuery.from("Quote", "q")
			.where("q.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("q.number = :number", "number", number)
			.where("q.quoteVersion = :quoteVersion", "quoteVersion", version)
			.where("q.clientId = :clientId", "clientId", query.clientId())
			.startsWith("q.clientSort", "client", query.client())
			.where("lower(q.offerName) like :offer escape '\\'", "offer", ListQuery.likePrefix(query.offer()))
			.where("q.createdAt >= :createdFrom", "createdFrom",
					query.createdFrom() == null ? null : query.createdFrom().atStartOfDay(Formats.PARIS).toInstant())
			.where("q.createdAt < :createdTo", "createdTo",
					query.createdTo() == null ? null
							: query.createdTo().plusDays(1).atStartOfDay(Formats.PARIS).toInstant())
			.where("q.step = :step", "step", query.step())
			.where("lower(q.createdBy) = :salesRep", "salesRep",
					query.salesRep() == null ? null : query.salesRep().trim().toLowerCase(Locale.ROOT))
			.orderBy(SORTS, SORTS.containsKey(sort) ? sort : "createdAt", ascending);
	}

}
