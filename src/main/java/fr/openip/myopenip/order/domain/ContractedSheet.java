package fr.openip.myopenip.order.domain;

import java.math.BigDecimal;
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

	/** Whether it ports a number: its product is one of "Portabilité". */
	private boolean portability;

	private String portingNumber;

	private String donorOperator;

	private String rio;

	private LocalDate portingRequestedOn;

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

	/** The OC's sheet takes what its order's sheet became. */
	void follow(OrderedSheet sheet) {
		this.state = sheet.getState();
		this.plannedDelivery = sheet.getPlannedDelivery();
		// a termination's sheet has no delivery of its own: the unit keeps the day it was
		// delivered, through the termination and its withdrawal
		if (sheet.getDeliveredOn() != null) {
			this.deliveredOn = sheet.getDeliveredOn();
		}
		touch();
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
