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

	protected ContractedSheet() {
	}

	/** The OC's sheet takes what its order's sheet became. */
	void follow(OrderedSheet sheet) {
		this.state = sheet.getState();
		this.plannedDelivery = sheet.getPlannedDelivery();
		this.deliveredOn = sheet.getDeliveredOn();
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
