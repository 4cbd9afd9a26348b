package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.Orders.NewLine;
import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.order.Orders.OrderView;

/**
 * Places the order of a validated quote. The sheets are written set-wise, one statement
 * per quote line and one for all the ordered sheets, whatever the quantities.
 */
@Service
public class OrderPlacement {

	private final CustomerOrderRepository orders;

	private final ContractedOfferRepository offers;

	private final OrderEventRepository events;

	private final EntityManager entities;

	private final Clock clock;

	OrderPlacement(CustomerOrderRepository orders, ContractedOfferRepository offers, OrderEventRepository events,
			EntityManager entities, Clock clock) {
		this.orders = orders;
		this.offers = offers;
		this.events = events;
		this.entities = entities;
		this.clock = clock;
	}

	@Transactional
	public OrderView place(NewOrder request) {
		Optional<CustomerOrder> existing = this.orders.findByQuoteId(request.quoteId());
		if (existing.isPresent()) {
			return view(existing.get());
		}
		ContractedOffer offer = this.offers.saveAndFlush(new ContractedOffer(request));
		CustomerOrder order = this.orders
			.saveAndFlush(new CustomerOrder(request, OrderType.CREATION, offer, this.clock.instant()));
		offer.follow(order);
		this.events.save(new OrderEvent(offer, order, null, OrderEvent.Kind.PLACED, OrderDesk.currentUser())
			.comment(request.quoteReference()));
		for (NewLine line : request.lines()) {
			this.entities
				.createNativeQuery(
						"""
								insert into contracted_sheet (owner_id, contracted_offer_id, number, product_id, section, product_name,
								  supplier_reference, setup_client, monthly_client, setup_operator, monthly_operator, created_at, updated_at,
								  portability)
								select :owner, :offer, 'FPC' || nextval('contracted_sheet_number_seq'), :product, :section, :name,
								  :supplier, :setupClient, :monthlyClient, :setupOperator, :monthlyOperator, :now, :now,
								  lower(:section) like 'portabilit%'
								from generate_series(1, :quantity)""")
				.setParameter("owner", request.ownerId())
				.setParameter("offer", offer.getId())
				.setParameter("product", line.productId())
				.setParameter("section", line.section())
				.setParameter("name", line.productName())
				.setParameter("supplier", line.supplierReference())
				.setParameter("setupClient", line.setupClient())
				.setParameter("monthlyClient", line.monthlyClient())
				.setParameter("setupOperator", line.setupOperator())
				.setParameter("monthlyOperator", line.monthlyOperator())
				.setParameter("now", this.clock.instant())
				.setParameter("quantity", line.quantity())
				.executeUpdate();
		}
		this.entities.createNativeQuery("""
				insert into ordered_sheet (owner_id, order_id, contracted_sheet_id, number, created_at, updated_at)
				select owner_id, :order, id, 'CFP' || nextval('ordered_sheet_number_seq'), :now, :now
				from contracted_sheet where contracted_offer_id = :offer order by id""")
			.setParameter("order", order.getId())
			.setParameter("offer", offer.getId())
			.setParameter("now", this.clock.instant())
			.executeUpdate();
		return view(order);
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> forQuote(long quoteId) {
		return this.orders.findByQuoteId(quoteId).map(this::view);
	}

	private OrderView view(CustomerOrder order) {
		ContractedOffer offer = this.offers.findById(order.getContractedOfferId()).orElseThrow();
		return new OrderView(order.getId(), order.getNumber(), order.getType(), order.getState(),
				order.getDepositedAt(), offer.getId(), offer.getNumber(), this.orders.countSheets(order.getId()));
	}

}
