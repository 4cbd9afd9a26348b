package fr.openip.myopenip.order.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * An ordered product sheet ({@code CFP…}): what an order does to one contracted sheet,
 * worked by the order desk through the states of {@link SheetTransitions}.
 */
@Entity
@Table(name = "ordered_sheet")
public class OrderedSheet extends TenantOwned {

	private long orderId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "contracted_sheet_id")
	private ContractedSheet contracted;

	private String number;

	@Enumerated(EnumType.STRING)
	private SheetState state = SheetState.UNDEFINED;

	private LocalDate plannedDelivery;

	private LocalDate deliveredOn;

	/** The order desk's latest comment on it. */
	private String comment;

	/**
	 * Whether it takes its contracted sheet away (a reduction of an amendment): it starts
	 * "Résiliation en cours".
	 */
	private boolean removal;

	/**
	 * For a unit taken away that held a number: whether the client keeps it in its pool
	 * (or it goes into quarantine); null for others.
	 */
	private Boolean keepNumber;

	protected OrderedSheet() {
	}

	/**
	 * Moves the sheet to {@code target}, if the table allows it for what the sheet is for
	 * ({@code ofATermination}: its order ends the OC).
	 * @throws BusinessRuleException {@code order.error.transition} otherwise
	 */
	void moveTo(SheetState target, LocalDate today, boolean ofATermination) {
		if (!SheetTransitions.allowed(this.state, target, this.removal || ofATermination)) {
			throw new BusinessRuleException("order.error.transition", this.number,
					new DefaultMessageSourceResolvable("sheet.state." + this.state),
					new DefaultMessageSourceResolvable("sheet.state." + target));
		}
		this.state = target;
		if (target == SheetState.DELIVERED) {
			this.deliveredOn = today;
		}
		touch();
		this.contracted.follow(this, today);
	}

	/**
	 * A termination withdrawn: the unit it was ending is delivered again, as it was
	 * ({@link SheetTransitions#withdrawable}).
	 */
	void withdrawTermination() {
		if (!SheetTransitions.withdrawable(this.state)) {
			throw new BusinessRuleException("termination.error.withdrawDone", this.number);
		}
		this.state = SheetState.DELIVERED;
		touch();
		this.contracted.follow(this);
	}

	void plan(LocalDate plannedDelivery) {
		this.plannedDelivery = plannedDelivery;
		touch();
		this.contracted.follow(this);
	}

	void comment(String text) {
		this.comment = text;
		touch();
	}

	public boolean isRemoval() {
		return this.removal;
	}

	public Boolean getKeepNumber() {
		return this.keepNumber;
	}

	public String getComment() {
		return this.comment;
	}

	public long getOrderId() {
		return this.orderId;
	}

	public ContractedSheet getContracted() {
		return this.contracted;
	}

	public String getNumber() {
		return this.number;
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

	/**
	 * Whether the order desk may reject this sheet's porting: it ports a number, and the
	 * table lets it go to wait for the reseller from where it is.
	 */
	public boolean isPortingRejectable() {
		return this.contracted.isPortability()
				&& SheetTransitions.allowed(this.state, SheetState.WAITING_FOR_CLIENT, this.removal);
	}

	public boolean needsTheReseller() {
		return SheetTransitions.NEED_THE_RESELLER.contains(this.state);
	}

}
