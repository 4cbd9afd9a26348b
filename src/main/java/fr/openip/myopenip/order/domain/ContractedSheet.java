package fr.openip.myopenip.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * A contracted product sheet ({@code FPC…}): one unit of a product live on an OC, at the
 * prices it was sold at. Its state and dates follow the last ordered sheet that worked
 * it.
 */
@Entity
@Table(name = "contracted_sheet")
public class ContractedSheet extends TenantOwned {

	private long contractedOfferId;

	private String number;

	private long productId;

	private String section;

	private String productName;

	private String supplierReference;

	private BigDecimal setupClient;

	private BigDecimal monthlyClient;

	private BigDecimal setupOperator;

	private BigDecimal monthlyOperator;

	@Enumerated(EnumType.STRING)
	private SheetState state = SheetState.UNDEFINED;

	private LocalDate plannedDelivery;

	private LocalDate deliveredOn;

	/** The day it was terminated, if it was. */
	private LocalDate endedOn;

	/** Whether it ports a number: its product is one of "Portabilité". */
	private boolean portability;

	private String portingNumber;

	private String donorOperator;

	private String rio;

	private LocalDate portingRequestedOn;

	/** The order desk's rejection the reseller has not answered yet, if any. */
	@Enumerated(EnumType.STRING)
	private PortingRejection portingRejection;

	private String portingRejectionText;

	/** How many times the order desk rejected the porting. */
	private int portingRejections;

	/** When the reseller corrected a rejected porting, until the desk works the sheet. */
	private Instant portingCorrectedAt;

	protected ContractedSheet() {
	}

	/**
	 * What the porting needs, as the reseller gives it (checked by
	 * {@link NumberPortings}).
	 */
	void porting(String number, String donor, String rio, LocalDate requestedOn) {
		this.portingNumber = number;
		this.donorOperator = donor;
		this.rio = rio;
		this.portingRequestedOn = requestedOn;
		touch();
	}

	/**
	 * The order desk rejects the porting (its sheet moved to wait for the reseller): one
	 * more round.
	 */
	void rejectPorting(PortingRejection reason, String text) {
		this.portingRejection = reason;
		this.portingRejectionText = text;
		this.portingRejections++;
		this.portingCorrectedAt = null;
		touch();
	}

	/** The reseller answered the rejection: back to the desk, flagged as corrected. */
	void portingCorrected(Instant now) {
		this.portingRejection = null;
		this.portingRejectionText = null;
		this.portingCorrectedAt = now;
		touch();
	}

	/** Whether the order desk's rejection waits for the reseller's correction. */
	public boolean isPortingRejected() {
		return this.portingRejection != null;
	}

	public PortingRejection getPortingRejection() {
		return this.portingRejection;
	}

	public String getPortingRejectionText() {
		return this.portingRejectionText;
	}

	public int getPortingRejections() {
		return this.portingRejections;
	}

	public Instant getPortingCorrectedAt() {
		return this.portingCorrectedAt;
	}

	public boolean isPortability() {
		return this.portability;
	}

	public String getPortingNumber() {
		return this.portingNumber;
	}

	public String getDonorOperator() {
		return this.donorOperator;
	}

	public String getRio() {
		return this.rio;
	}

	public LocalDate getPortingRequestedOn() {
		return this.portingRequestedOn;
	}

	/** The porting date the order desk confirmed: the planned date once confirmed. */
	public LocalDate getPortingConfirmedOn() {
		return confirmedOn(this.state, this.plannedDelivery, this.deliveredOn);
	}

	/**
	 * A porting's confirmed date: the planned date once the order desk confirmed it, then
	 * the delivery's.
	 */
	static LocalDate confirmedOn(SheetState state, LocalDate plannedDelivery, LocalDate deliveredOn) {
		return switch (state) {
			case PORTING_DATE_CONFIRMED, DELIVERING -> plannedDelivery;
			case DELIVERED -> deliveredOn;
			default -> null;
		};
	}

	/**
	 * Whether the porting's details may still change: the sheet is not delivered nor
	 * closed.
	 */
	public boolean isPortingEditable() {
		return this.portability && !SheetTransitions.FINAL.contains(this.state) && this.state != SheetState.TERMINATING;
	}

	/**
	 * The OC's sheet takes what its order's sheet became. The desk worked it: a
	 * correction is no longer news, and a rejection stands only while the sheet waits for
	 * the reseller.
	 */
	void follow(OrderedSheet sheet) {
		this.state = sheet.getState();
		this.portingCorrectedAt = null;
		if (this.state != SheetState.WAITING_FOR_CLIENT) {
			this.portingRejection = null;
			this.portingRejectionText = null;
		}
		this.plannedDelivery = sheet.getPlannedDelivery();
		// a termination's sheet has no delivery of its own: the unit keeps the day it was
		// delivered, through the termination and its withdrawal
		if (sheet.getDeliveredOn() != null) {
			this.deliveredOn = sheet.getDeliveredOn();
		}
		touch();
	}

	/**
	 * The same, when the order's sheet moved on {@code today}: terminated, its monthly
	 * price no longer counts in the reseller's recurring revenue from that day.
	 */
	void follow(OrderedSheet sheet, LocalDate today) {
		follow(sheet);
		if (this.state == SheetState.TERMINATED && this.endedOn == null) {
			this.endedOn = today;
		}
	}

	public long getContractedOfferId() {
		return this.contractedOfferId;
	}

	public String getNumber() {
		return this.number;
	}

	public long getProductId() {
		return this.productId;
	}

	public String getSection() {
		return this.section;
	}

	public String getProductName() {
		return this.productName;
	}

	public String getSupplierReference() {
		return this.supplierReference;
	}

	public BigDecimal getSetupClient() {
		return this.setupClient;
	}

	public BigDecimal getMonthlyClient() {
		return this.monthlyClient;
	}

	public BigDecimal getSetupOperator() {
		return this.setupOperator;
	}

	public BigDecimal getMonthlyOperator() {
		return this.monthlyOperator;
	}

	public SheetState getState() {
		return this.state;
	}

	public LocalDate getPlannedDelivery() {
		return this.plannedDelivery;
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

}
