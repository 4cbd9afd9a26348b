package fr.openip.myopenip.order.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * "Catalogue → Offres contractées", read as every list is ({@link Lists}), with a filter
 * per column of the guide and its sortable ones (↕).
 */
@Component
public class ContractedOfferList {

	private static final Map<String, String> SORTS = Map.of("number", "o.number", "offer", "lower(o.offerName)",
			"order", "o.orderNumber", "client", "o.clientSort", "deliveredOn", "o.deliveredOn", "createdAt",
			"o.createdAt");

	public static final Set<String> SORT_KEYS = SORTS.keySet();

	/** Counted up to this many matches, as Mes devis. */
	public static final long COUNT_LIMIT = 1_000;

	private final Lists lists;

	ContractedOfferList(Lists lists) {
		this.lists = lists;
	}

	/**
	 * The filters; any may be null.
	 *
	 * @param pilot "Pilote": the login of the Pilote ADV, or "aucun" for none
	 * @param referent "Entreprise référente": the start of its name (for the operator's
	 * staff)
	 */
	public record ContractedOfferQuery(String pilot, String number, String offer, String order, Long clientId,
			String client, String referent, String site,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredTo, OrderState state, OrderType type) {

		public static ContractedOfferQuery none() {
			return new ContractedOfferQuery(null, null, null, null, null, null, null, null, null, null, null, null);
		}

	}

	/**
	 * A page of the list; {@code referentIds}: the ids the "Entreprise référente" filter
	 * names (null when it is empty).
	 */
	@Transactional(readOnly = true)
	public Page<ContractedOfferRow> page(ContractedOfferQuery query, List<Long> referentIds, String sort,
			boolean ascending, int page, int size) {
		return this.lists.page(query(query, referentIds, sort, ascending), ContractedOfferRow.ROWS, page, size,
				COUNT_LIMIT);
	}

	@Transactional(readOnly = true)
	public List<ContractedOfferRow> all(ContractedOfferQuery query, List<Long> referentIds, String sort,
			boolean ascending, int limit) {
		return this.lists.all(query(query, referentIds, sort, ascending), ContractedOfferRow.ROWS, limit);
	}

	private static ListQuery query(ContractedOfferQuery query, List<Long> referentIds, String sort, boolean ascending) {
		long tenant = TenantFilter.currentTenant();
		String pilot = query.pilot() == null ? null : query.pilot().trim().toLowerCase(Locale.ROOT);
		boolean noPilot = "aucun".equals(pilot);
		ListQuery list = ListQuery.from("ContractedOffer", "o")
			.where("o.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("o.ownerId in :referents", "referents", referentIds == null ? null : withNone(referentIds))
			.where("lower(o.advPilot) = :pilot", "pilot", noPilot ? null : pilot)
			.where("o.number = :number", "number", upper(query.number()))
			.where("lower(o.offerName) like :offer escape '\\'", "offer", ListQuery.likePrefix(query.offer()))
			.where("o.orderNumber = :order", "order", upper(query.order()))
			.where("o.clientId = :clientId", "clientId", query.clientId())
			.startsWith("o.clientSort", "client", query.client())
			.where("lower(o.siteName) like :site escape '\\'", "site", ListQuery.likePrefix(query.site()))
			.where("o.deliveredOn >= :deliveredFrom", "deliveredFrom", query.deliveredFrom())
			.where("o.deliveredOn <= :deliveredTo", "deliveredTo", query.deliveredTo())
			.where("o.state = :state", "state", query.state())
			.where("o.orderType = :type", "type", query.type());
		if (noPilot) {
			list.where("o.advPilot is null");
		}
		// its filters change which index serves best: planned with their values
		return list.planWithValues().orderBy(SORTS, SORTS.containsKey(sort) ? sort : "createdAt", ascending);
	}

	/** A filter that names no company matches nothing. */
	private static List<Long> withNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	private static String upper(String text) {
		return text == null ? null : text.trim().toUpperCase(Locale.ROOT);
	}

}
