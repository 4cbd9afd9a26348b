package fr.openip.myopenip.telephony.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * "Mes services → Paramétrage / Monitoring", read as every list is ({@link Lists}), with
 * a filter per column of the guide.
 */
@Component
public class ServiceList {

	private static final Map<String, String> SORTS = Map.of("number", "s.number", "name", "lower(s.name)", "client",
			"s.clientSort", "createdAt", "s.createdAt");

	public static final Set<String> SORT_KEYS = SORTS.keySet();

	public static final long COUNT_LIMIT = 1_000;

	private final Lists lists;

	ServiceList(Lists lists) {
		this.lists = lists;
	}

	/** The filters; any may be null. */
	public record ServiceQuery(String number, String name, Long clientId, String client, String account, String site,
			ServiceType type, ServiceState state) {

		public static ServiceQuery none() {
			return new ServiceQuery(null, null, null, null, null, null, null, null);
		}

	}

	@Transactional(readOnly = true)
	public Page<ServiceRow> page(ServiceQuery query, String sort, boolean ascending, int page, int size) {
		return this.lists.page(query(query, sort, ascending), ServiceRow.ROWS, page, size, COUNT_LIMIT);
	}

	@Transactional(readOnly = true)
	public List<ServiceRow> all(ServiceQuery query, String sort, boolean ascending, int limit) {
		return this.lists.all(query(query, sort, ascending), ServiceRow.ROWS, limit);
	}

	private static ListQuery query(ServiceQuery query, String sort, boolean ascending) {
		long tenant = TenantFilter.currentTenant();
		return ListQuery.from("TelephonyService", "s")
			.where("s.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("s.number = :number", "number", upper(query.number()))
			.where("lower(s.name) like :name escape '\\'", "name", ListQuery.likePrefix(query.name()))
			.where("s.clientId = :clientId", "clientId", query.clientId())
			.startsWith("s.clientSort", "client", query.client())
			.where("upper(s.clientAccount) = :account", "account", upper(query.account()))
			.where("lower(s.siteName) like :site escape '\\'", "site", ListQuery.likePrefix(query.site()))
			.where("s.serviceType = :type", "type", query.type())
			.where("s.state = :state", "state", query.state())
			.orderBy(SORTS, SORTS.containsKey(sort) ? sort : "createdAt", ascending);
	}

	private static String upper(String text) {
		return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
	}

}
