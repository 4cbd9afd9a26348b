package fr.openip.myopenip.order.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.ConflictingChangeException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantOwned;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * An order ("Commande : COM155756") on an OC: its type, its état (which follows its
 * sheets), when it was deposited and from which quote, and its pilots at the order desk.
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

	private String clientName;

	private String offerName;

	private Instant depositedAt;

	/**
	 * 0 nobody has taken it, 1 taken, 2 closed: the queue's order, kept by the database.
	 */
	@Column(insertable = false, updatable = false)
	private Short queueRank;

	/** The client's name lower-cased in the "C" collation, kept by the database. */
	@Column(insertable = false, updatable = false)
	private String clientSort;

	private LocalDate deliveredOn;

	private String advPilot;

	/** Where the Pilote ADV reads the portal's mail about this order (a correction). */
	private String advPilotEmail;

	private String productionPilot;

	/** Who hears of the sheets that wait for the reseller, and of the delivery. */
	private String resellerEmail;

	/** A termination's date of effect. */
	private LocalDate effectiveOn;

	private Instant withdrawalAskedAt;

	/**
	 * When the reseller last corrected a rejected porting of this order, until the desk
	 * works the corrected sheets: flagged in the queue.
	 */
	private Instant portingCorrectedAt;

	/** The offer sold: its orders' history predicts the next ones' delivery. */
	private long offerId;

	/**
	 * The day it is due, its offer's target delay after its deposit, in working days;
	 * null without a target.
	 */
	private LocalDate dueOn;

	/** Delivered: how many working days it took from its deposit. */
	private Integer workingDaysToDeliver;

	protected CustomerOrder() {
	}

	CustomerOrder(NewOrder order, OrderType type, ContractedOffer offer, Instant now) {
		super(order.ownerId());
		this.type = type;
		this.quoteId = order.quoteId();
		this.quoteReference = order.quoteReference();
		this.contractedOfferId = offer.getId();
		this.clientId = order.clientId();
		this.clientName = offer.getClientName();
		this.offerName = offer.getOfferName();
		this.offerId = offer.getOfferId();
		this.depositedAt = now;
		this.resellerEmail = order.resellerEmail();
	}

	/** An amendment ("Ajout / Réduction") of the OC, from its validated quote. */
	CustomerOrder(ContractedOffer offer, long quoteId, String quoteReference, Instant now, String resellerEmail) {
		super(offer.getOwnerId());
		this.type = OrderType.AMENDMENT;
		this.quoteId = quoteId;
		this.quoteReference = quoteReference;
		this.contractedOfferId = offer.getId();
		this.clientId = offer.getClientId();
		this.clientName = offer.getClientName();
		this.offerName = offer.getOfferName();
		this.offerId = offer.getOfferId();
		this.depositedAt = now;
		this.resellerEmail = resellerEmail;
	}

	/** A termination of the OC at {@code effectiveOn}: "En cours de résiliation". */
	CustomerOrder(ContractedOffer offer, Instant now, String resellerEmail, LocalDate effectiveOn) {
		super(offer.getOwnerId());
		this.type = OrderType.TERMINATION;
		this.state = OrderState.TERMINATING;
		this.contractedOfferId = offer.getId();
		this.clientId = offer.getClientId();
		this.clientName = offer.getClientName();
		this.offerName = offer.getOfferName();
		this.offerId = offer.getOfferId();
		this.depositedAt = now;
		this.resellerEmail = resellerEmail;
		this.effectiveOn = effectiveOn;
	}

	/**
	 * Due {@code targetDays} working days after its deposit ({@code depositedOn}, in
	 * Paris); none without a target.
	 */
	void due(LocalDate depositedOn, Integer targetDays, WorkingDays days) {
		this.dueOn = targetDays == null ? null : days.plus(depositedOn, targetDays);
	}

	/**
	 * "Prendre en charge": the user becomes the Pilote ADV of an order nobody has taken.
	 * @throws ConflictingChangeException {@code order.error.taken} when someone has
	 */
	void take(String pilot, String pilotEmail) {
		if (this.advPilot != null) {
			throw new ConflictingChangeException("order.error.taken", this.number, this.advPilot);
		}
		requireOpen();
		this.advPilot = pilot;
		this.advPilotEmail = pilotEmail;
		touch();
	}

	/** The reseller corrected a rejected porting: the desk's attention, in the queue. */
	void portingCorrected(Instant now) {
		requireOpen();
		this.portingCorrectedAt = now;
		touch();
	}

	/**
	 * The desk worked the sheets: the order stays flagged while one of its corrected
	 * sheets has not been worked.
	 */
	void correctionsSeen(boolean correctedSheetLeft) {
		if (!correctedSheetLeft && this.portingCorrectedAt != null) {
			this.portingCorrectedAt = null;
			touch();
		}
	}

	public Instant getPortingCorrectedAt() {
		return this.portingCorrectedAt;
	}

	public String getAdvPilotEmail() {
		return this.advPilotEmail;
	}

	/**
	 * A closed order (Livrée, Annulée, Résiliée) takes no change from anyone: not a move,
	 * a date, a comment or a pilot.
	 * @throws BusinessRuleException {@code order.error.closed} when it is closed
	 */
	void requireOpen() {
		if (isClosed()) {
			throw new BusinessRuleException("order.error.closed", this.number);
		}
	}

	/** The reseller asks the order desk to withdraw this termination. */
	void askWithdrawal(Instant now) {
		requireOpen();
		this.withdrawalAskedAt = now;
		touch();
	}

	/**
	 * The termination withdrawn, or the amendment cancelled: the order is Annulée, its OC
	 * delivered as it was.
	 */
	void withdraw() {
		requireOpen();
		this.state = OrderState.CANCELLED;
		touch();
	}

	/** When the reseller asked to withdraw this termination, or null. */
	public Instant getWithdrawalAskedAt() {
		return this.withdrawalAskedAt;
	}

	void productionPilot(String pilot) {
		requireOpen();
		this.productionPilot = pilot;
		touch();
	}

	/**
	 * The état its sheets give it ({@link OrderStates#of}).
	 * @return whether it changed
	 */
	boolean follow(Collection<SheetState> sheets, LocalDate today, WorkingDays days) {
		OrderState next = OrderStates.of(this.type, this.advPilot != null, sheets);
		if (next == this.state) {
			return false;
		}
		this.state = next;
		if (next == OrderState.DELIVERED || next == OrderState.TERMINATED) {
			this.deliveredOn = today;
		}
		if (next == OrderState.DELIVERED) {
			this.workingDaysToDeliver = Math.max(days.between(PortalClock.day(this.depositedAt), today), 0);
		}
		touch();
		return true;
	}

	public long getOfferId() {
		return this.offerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public Integer getWorkingDaysToDeliver() {
		return this.workingDaysToDeliver;
	}

	public boolean isClosed() {
		return this.state == OrderState.DELIVERED || this.state == OrderState.CANCELLED
				|| this.state == OrderState.TERMINATED;
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

	public String getClientName() {
		return this.clientName;
	}

	public String getOfferName() {
		return this.offerName;
	}

	public Instant getDepositedAt() {
		return this.depositedAt;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public String getAdvPilot() {
		return this.advPilot;
	}

	public String getProductionPilot() {
		return this.productionPilot;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public String getResellerEmail() {
		return this.resellerEmail;
	}

}
