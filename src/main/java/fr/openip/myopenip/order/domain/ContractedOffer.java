package fr.openip.myopenip.order.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * An OC ("offre contractée" {@code OC150943}): one offer live at one client site, with
 * its contracted product sheets. Its état follows its orders'.
 */
@Entity
@Table(name = "contracted_offer")
public class ContractedOffer extends TenantOwned {

	/** "Réf.", given by the database. */
	@Generated
	private String number;

	private long clientId;

	private String clientName;

	private long offerId;

	private String offerName;

	private int commitmentMonths;

	private long installationSiteId;

	private Long billingPointId;

	@Enumerated(EnumType.STRING)
	private OrderState state = OrderState.DEPOSITED;

	private LocalDate deliveredOn;

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
		this.billingPointId = order.billingPointId();
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

	public Long getBillingPointId() {
		return this.billingPointId;
	}

	public OrderState getState() {
		return this.state;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

}
