package fr.openip.myopenip.order.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.order.domain.OrderQueue;
import fr.openip.myopenip.order.domain.OrderQueue.OrderQuery;
import fr.openip.myopenip.order.domain.OrderRow;

/**
 * What the order desk's queue shows: the resellers a name filter means, the page of
 * orders asked for and the names of their resellers, read in one read-only transaction
 * (one connection, one snapshot).
 */
@Component
@Transactional(readOnly = true)
class QueuePage {

	private final OrderQueue queue;

	private final Companies companies;

	QueuePage(OrderQueue queue, Companies companies) {
		this.queue = queue;
		this.companies = companies;
	}

	Read read(OrderQuery query, String sort, boolean ascending, int page, int size) {
		List<Long> resellers = (query.reseller() == null || query.reseller().isBlank()) ? null
				: this.companies.partnerIdsNamed(query.reseller());
		Page<OrderRow> orders = this.queue.page(query, resellers, sort, ascending, page, size);
		return new Read(orders, this.companies.partnerNames(
				orders.getContent().stream().map(OrderRow::ownerId).filter(Objects::nonNull).distinct().toList()));
	}

	/** A page of the queue and the names of its orders' resellers, by id. */
	record Read(Page<OrderRow> orders, Map<Long, String> partnerNames) {
	}

}
