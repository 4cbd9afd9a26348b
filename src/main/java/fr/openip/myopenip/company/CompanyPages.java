package fr.openip.myopenip.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import fr.openip.myopenip.shared.TenantFilter;

/**
 * One page of a company list, found in two steps so that page 500 costs what page 1 does:
 * the ids of the page, read from the list's index alone (sort key, tenant and état are in
 * it), then the 25 companies with their referent. The tenant filter applies to both
 * queries.
 */
@Component
class CompanyPages {

	/**
	 * Sortable properties and their HQL expression; anything else is refused upstream.
	 */
	private static final Map<String, String> ORDERS = Map.of("sortName", "c.sortName", "createdAt", "c.createdAt", "id",
			"c.id", "state", "c.state", "legalForm", "c.legalForm");

	private final EntityManager entityManager;

	CompanyPages(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<Company> find(CompanyList list, CompanyQuery query, String property, boolean ascending, int page, int size) {
		StringBuilder where = new StringBuilder(" where c.listKind = :kind");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", list.kind());
		if (query.id() != null) {
			where.append(" and c.id = :id");
			parameters.put("id", query.id());
		}
		if (query.name() != null && !query.name().isBlank()) {
			// A range on the lower-cased name ("C" collation): the list's index serves
			// it, prepared or not.
			String from = query.name().trim().toLowerCase(Locale.ROOT);
			where.append(" and c.sortName >= :from and c.sortName < :to");
			parameters.put("from", from);
			parameters.put("to", from + Character.MAX_VALUE);
		}
		if (query.state() != null) {
			where.append(" and c.state = :state");
			parameters.put("state", query.state());
		}
		// A reseller's lists hold only the companies it brought (the tenant filter says
		// so
		// too): saying it here lets PostgreSQL read them from the referent's index
		// instead of
		// filtering every client of every reseller
		long tenant = TenantFilter.currentTenant();
		Long referent = tenant != TenantFilter.ALL ? Long.valueOf(tenant) : query.referentId();
		if (referent != null) {
			where.append(" and c.referent.id = :referent");
			parameters.put("referent", referent);
		}
		String direction = ascending ? " asc" : " desc";
		String order = " order by " + ORDERS.getOrDefault(property, "c.sortName") + direction + ", c.id" + direction;

		var countQuery = this.entityManager.createQuery("select count(c.id) from Company c" + where, Long.class);
		parameters.forEach(countQuery::setParameter);
		long total = countQuery.getSingleResult();
		if (total == 0 || (long) page * size >= total) {
			return new PageImpl<>(List.of(), PageRequest.of(page, size), total);
		}

		var idQuery = this.entityManager.createQuery("select c.id from Company c" + where + order, Long.class);
		parameters.forEach(idQuery::setParameter);
		List<Long> ids = idQuery.setFirstResult(page * size).setMaxResults(size).getResultList();

		Map<Long, Company> byId = this.entityManager
			.createQuery("select c from Company c left join fetch c.referent where c.id in :ids", Company.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(Collectors.toMap(Company::getId, Function.identity()));
		List<Company> rows = new ArrayList<>(ids.size());
		ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(rows::add);
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

}
