package fr.openip.myopenip.company.domain;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * The company lists as every list is read ({@link Lists}): filters and a whitelisted
 * sort; the page's ids and the count from the list's index (sort key, tenant and état are
 * in it), the rows as projections. The tenant filter applies to each statement.
 */
@Component
class CompanyPages {

	/** Sortable columns: the key on screen and its HQL path. */
	static final Map<String, String> SORTS = Map.of("id", "c.id", "name", "c.sortName", "createdAt", "c.createdAt",
			"state", "c.state", "legalForm", "c.legalForm");

	private static final String PARTNER_LISTS = "'OPERATOR', 'AMBASSADOR', 'RESELLER'";

	private final Lists lists;

	CompanyPages(Lists lists) {
		this.lists = lists;
	}

	Page<CompanyRow> find(CompanyList list, CompanyQuery query, String sort, boolean ascending, int page, int size) {
		return this.lists.page(query(list, query, sort, ascending), CompanyRow.ROWS, page, size);
	}

	List<CompanyRow> all(CompanyList list, CompanyQuery query, String sort, boolean ascending, int limit) {
		return this.lists.all(query(list, query, sort, ascending), CompanyRow.ROWS, limit);
	}

	private static ListQuery query(CompanyList list, CompanyQuery query, String sort, boolean ascending) {
		// A reseller's lists hold only the companies it brought (the tenant filter says
		// so
		// too): saying it here lets PostgreSQL read them from the referent's index
		// instead
		// of filtering every client of every reseller
		long tenant = TenantFilter.currentTenant();
		Long referent = tenant != TenantFilter.ALL ? Long.valueOf(tenant) : query.referentId();
		return ListQuery.from("Company", "c")
			.where("c.listKind = :kind", "kind", list.kind())
			.where("c.id = :id", "id", query.id())
			.startsWith("c.sortName", "name", query.name())
			.where("c.state = :state", "state", query.state())
			.where("c.referent.id = :referentId", "referentId", referent)
			.whereStartsWith(
					"c.referent.id in (select p.id from Company p where p.listKind in (" + PARTNER_LISTS
							+ ") and p.sortName >= :referentFrom and p.sortName < :referentTo)",
					"referent", tenant == TenantFilter.ALL ? query.referent() : null)
			.orderBy(SORTS, SORTS.containsKey(sort) ? sort : "name", ascending);
	}

}
