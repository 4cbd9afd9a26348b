package fr.openip.myopenip.order.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.NotFoundException;

/**
 * Reads an OC and what its tabs show: its contracted sheets ("Détails", "Tarifs"), its
 * orders with their ordered sheets and comments ("Périmètre"), its history. Each a few
 * statements, whatever the number of sheets.
 */
@Service
@Transactional(readOnly = true)
public class ContractedOffers {

	/** The history tab shows this many of the latest events. */
	public static final int HISTORY_LIMIT = 500;

	/** An order of the OC, with its sheets. */
	public record OrderBlock(CustomerOrder order, List<OrderedSheet> sheets) {

		/** "Commentaires": the order desk's latest comment on each of its sheets. */
		public List<OrderedSheet> commented() {
			return this.sheets.stream().filter((sheet) -> sheet.getComment() != null).toList();
		}

	}

	/** An order with sheets that wait for the reseller's answer. */
	public record Waiting(long orderId, String orderNumber, String clientName, List<String> sheetNumbers) {
	}

	private final ContractedOfferRepository offers;

	private final CustomerOrderRepository orders;

	private final OrderEventRepository events;

	ContractedOffers(ContractedOfferRepository offers, CustomerOrderRepository orders, OrderEventRepository events) {
		this.offers = offers;
		this.orders = orders;
		this.events = events;
	}

	/** The OC, if the user may see it. */
	public ContractedOffer get(long id) {
		return this.offers.findById(id).orElseThrow(() -> new NotFoundException("ContractedOffer", id));
	}

	public List<ContractedSheet> sheets(long offerId) {
		return this.offers.findSheets(offerId);
	}

	/** The OC's orders, newest first, without their sheets. */
	public List<CustomerOrder> orderList(long offerId) {
		return this.orders.findByOffer(offerId);
	}

	/** The OC's orders, newest first, each with its sheets. */
	public List<OrderBlock> orders(long offerId) {
		List<CustomerOrder> found = this.orders.findByOffer(offerId);
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(CustomerOrder::getId).toList();
		List<OrderedSheet> sheets = this.orders.findSheetsOf(ids);
		return found.stream()
			.map((order) -> new OrderBlock(order,
					sheets.stream().filter((sheet) -> sheet.getOrderId() == order.getId()).toList()))
			.toList();
	}

	public List<OrderEvent> history(long offerId) {
		return this.events.findByOffer(offerId, Limit.of(HISTORY_LIMIT));
	}

	/** An order, if the user may see it. */
	public CustomerOrder order(long id) {
		return this.orders.findById(id).orElseThrow(() -> new NotFoundException("Order", id));
	}

	public List<OrderedSheet> orderSheets(long orderId) {
		return this.orders.findSheets(orderId);
	}

	/**
	 * The orders of the tenant {@code ownerId} with sheets waiting for its answer ("En
	 * attente d'informations client", "RDV en échec"), at most {@code limit} sheets read.
	 */
	public List<Waiting> waitingFor(long ownerId, int limit) {
		List<Object[]> rows = this.orders.findWaiting(ownerId, SheetTransitions.NEED_THE_RESELLER, Limit.of(limit));
		java.util.Map<Long, Waiting> byOrder = new java.util.LinkedHashMap<>();
		for (Object[] row : rows) {
			long orderId = (Long) row[0];
			byOrder
				.computeIfAbsent(orderId,
						(id) -> new Waiting(id, (String) row[1], (String) row[2], new java.util.ArrayList<>()))
				.sheetNumbers()
				.add((String) row[3]);
		}
		return List.copyOf(byOrder.values());
	}

}
