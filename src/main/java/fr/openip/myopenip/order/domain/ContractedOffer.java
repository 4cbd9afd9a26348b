package fr.openip.myopenip.order.domain;

import java.time.LocalDate;
import java.util.List;

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
 * An OC ("offre contractée" {@code OC150943}): one offer live at one client site, with
 * its contracted product sheets. Its état is its current order's; it keeps that order's
 * number, type and Pilote ADV for the list.
 */
@Entity
@Table(name = "contracted_offer")
public class ContractedOffer extends TenantOwned {

	/** "Réf.", given by the database. */
	@Generated
	private String number;

	private long clientId;

	private String clientName;

	/** The client's name lower-cased in the "C" collation, kept by the database. */
	@Column(insertable = false, updatable = false)
	private String clientSort;

	private long offerId;

	private String offerName;

	private int commitmentMonths;

	private long installationSiteId;

	private String siteName;

	private Long billingPointId;

	/** The quote it was sold with ("Voir les formulaires"). */
	private Long quoteId;

	private String quoteReference;

	/** Its on-site contacts, contacts of its client. */
	private Long[] contactIds;

	@Enumerated(EnumType.STRING)
	private OrderState state = OrderState.DEPOSITED;

	private LocalDate deliveredOn;

	private Long currentOrderId;

	private String orderNumber;

	@Enumerated(EnumType.STRING)
	private OrderType orderType;

	private String advPilot;

	protected ContractedOffer() {
	}

	ContractedOffer(NewOrder order) {
		super(order.ownerId());
		this.clientId = order.clientId();
		this.clientName = order.clientName();
		this.offerId = order.offerId();
		this.offerName = order.offerName();
		this.commitmentMonths = order.commitmentMonths();
		this.installationSiteId = order.installationSiteId();
		this.siteName = order.siteName();
		this.billingPointId = order.billingPointId();
		this.contactIds = order.contactIds().stream().distinct().toArray(Long[]::new);
		this.quoteId = order.quoteId();
		this.quoteReference = order.quoteReference();
	}

	/** The OC reads what its current order reads. */
	void follow(CustomerOrder order) {
		this.currentOrderId = order.getId();
		this.orderNumber = order.getNumber();
		this.orderType = order.getType();
		this.advPilot = order.getAdvPilot();
		OrderState next = OrderStates.ofTheOffer(order.getType(), order.getState());
		if (this.state != next) {
			this.state = next;
			if (order.getState() == OrderState.DELIVERED && order.getType() == OrderType.CREATION) {
				this.deliveredOn = order.getDeliveredOn();
			}
		}
		touch();
	}

	/**
	 * Why "Faire un ajout / réduction" is not offered now (a message key), or null when
	 * it is: only a delivered OC with no order in progress may be amended.
	 */
	public String amendmentUnavailable() {
		return switch (this.state) {
			case DELIVERED -> null;
			case TERMINATING, TERMINATED -> "amendment.unavailable.terminated";
			case DEPOSITED, IN_PROGRESS -> this.orderType == OrderType.AMENDMENT ? "amendment.unavailable.inProgress"
					: "amendment.unavailable.notDelivered";
			case CANCELLED -> "amendment.unavailable.notDelivered";
		};
	}

	public String getNumber() {
		return this.number;
	}

	public long getClientId() {
		return this.clientId;
	}

	public String getClientName() {
		return this.clientName;
	}

	public long getOfferId() {
		return this.offerId;
	}

	public String getOfferName() {
		return this.offerName;
	}

	public int getCommitmentMonths() {
		return this.commitmentMonths;
	}

	public long getInstallationSiteId() {
		return this.installationSiteId;
	}

	public String getSiteName() {
		return this.siteName;
	}

	public Long getBillingPointId() {
		return this.billingPointId;
	}

	public Long getQuoteId() {
		return this.quoteId;
	}

	public String getQuoteReference() {
		return this.quoteReference;
	}

	public List<Long> getContactIds() {
		return this.contactIds == null ? List.of() : List.of(this.contactIds);
	}

	public OrderState getState() {
		return this.state;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public Long getCurrentOrderId() {
		return this.currentOrderId;
	}

	public String getOrderNumber() {
		return this.orderNumber;
	}

	public OrderType getOrderType() {
		return this.orderType;
	}

	public String getAdvPilot() {
		return this.advPilot;
	}

}
