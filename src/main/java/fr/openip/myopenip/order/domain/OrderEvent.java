package fr.openip.myopenip.order.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * A line of an OC's "Historique": what happened to the OC, one of its orders or one of
 * their sheets, who did it, from which state to which, with its comment.
 */
@Entity
@Table(name = "order_event")
public class OrderEvent extends TenantOwned {

	/** What can happen, each with its French label {@code order.event.<KIND>}. */
	public enum Kind {

		PLACED, TAKEN, PRODUCTION_PILOT, SHEET_STATE, SHEET_PLANNED, SHEET_COMMENT, ORDER_STATE, DELIVERED,
		TERMINATION_REQUESTED, PORTING, AMENDMENT_REQUESTED, AMENDED, AMENDMENT_CANCELLED, TERMINATION_WITHDRAWAL_ASKED,
		TERMINATION_WITHDRAWN, PORTING_REJECTED, PORTING_CORRECTED

	}

	private long contractedOfferId;

	private Long orderId;

	private String sheetNumber;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String fromState;

	private String toState;

	private LocalDate plannedDelivery;

	private String comment;

	/** Why the order desk rejected a porting. */
	@Enumerated(EnumType.STRING)
	private PortingRejection reason;

	private String actor;

	protected OrderEvent() {
	}

	OrderEvent(ContractedOffer offer, CustomerOrder order, String sheetNumber, Kind kind, String actor) {
		super(offer.getOwnerId());
		this.contractedOfferId = offer.getId();
		this.orderId = order == null ? null : order.getId();
		this.sheetNumber = sheetNumber;
		this.kind = kind;
		this.actor = actor;
	}

	OrderEvent states(Enum<?> from, Enum<?> to) {
		this.fromState = from == null ? null : from.name();
		this.toState = to == null ? null : to.name();
		return this;
	}

	OrderEvent planned(LocalDate date) {
		this.plannedDelivery = date;
		return this;
	}

	OrderEvent reason(PortingRejection rejection) {
		this.reason = rejection;
		return this;
	}

	OrderEvent comment(String text) {
		this.comment = text;
		return this;
	}

	public long getContractedOfferId() {
		return this.contractedOfferId;
	}

	public Long getOrderId() {
		return this.orderId;
	}

	public String getSheetNumber() {
		return this.sheetNumber;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getFromState() {
		return this.fromState;
	}

	public String getToState() {
		return this.toState;
	}

	public LocalDate getPlannedDelivery() {
		return this.plannedDelivery;
	}

	public String getComment() {
		return this.comment;
	}

	public PortingRejection getReason() {
		return this.reason;
	}

	public String getActor() {
		return this.actor;
	}

}
