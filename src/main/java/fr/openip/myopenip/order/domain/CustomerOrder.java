package fr.openip.myopenip.order.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * An order ("Commande : COM155756") on an OC: its type, its état, when it was deposited
 * and from which quote, and its pilots at the order desk.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder extends TenantOwned {

	@Generated
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(name = "order_type")
	private OrderType type;

	@Enumerated(EnumType.STRING)
	private OrderState state = OrderState.DEPOSITED;

	private Long quoteId;

	private String quoteReference;

	private long contractedOfferId;

	private long clientId;

	private Instant depositedAt;

	private String advPilot;

	private String productionPilot;

	protected CustomerOrder() {
	}

	CustomerOrder(NewOrder order, OrderType type, ContractedOffer offer, Instant now) {
		super(order.ownerId());
		this.type = type;
		this.quoteId = order.quoteId();
		this.quoteReference = order.quoteReference();
		this.contractedOfferId = offer.getId();
		this.clientId = order.clientId();
		this.depositedAt = now;
	}

	public String getNumber() {
		return this.number;
	}

	public OrderType getType() {
		return this.type;
	}

	public OrderState getState() {
		return this.state;
	}

	public Long getQuoteId() {
		return this.quoteId;
	}

	public String getQuoteReference() {
		return this.quoteReference;
	}

	public long getContractedOfferId() {
		return this.contractedOfferId;
	}

	public long getClientId() {
		return this.clientId;
	}

	public Instant getDepositedAt() {
		return this.depositedAt;
	}

	public String getAdvPilot() {
		return this.advPilot;
	}

	public String getProductionPilot() {
		return this.productionPilot;
	}

}
