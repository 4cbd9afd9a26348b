package fr.openip.myopenip.telephony.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * A number of a client's pool, from its number OCs and portings: free, given to one
 * licence at most, or in quarantine until a date. The database holds the same rules (a
 * unique licence, a licence only when given, a date only in quarantine).
 */
@Entity
@Table(name = "phone_number")
public class PhoneNumber extends TenantOwned {

	private long clientId;

	private String number;

	/** The OC or sheet it came from. */
	private String origin;

	@Enumerated(EnumType.STRING)
	private NumberState state = NumberState.FREE;

	private Long licenceId;

	private LocalDate quarantineUntil;

	protected PhoneNumber() {
	}

	PhoneNumber(Long ownerId, long clientId, String number, String origin) {
		super(ownerId);
		this.clientId = clientId;
		this.number = number;
		this.origin = origin;
	}

	/** "Affecter": given to the licence; only a free number may be. */
	void assignTo(Licence licence) {
		if (this.state == NumberState.QUARANTINED) {
			throw new BusinessRuleException("telephony.error.quarantined", FrenchNumbers.display(this.number),
					this.quarantineUntil.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		if (this.state != NumberState.FREE) {
			throw new BusinessRuleException("telephony.error.numberTaken", FrenchNumbers.display(this.number));
		}
		this.state = NumberState.ASSIGNED;
		this.licenceId = licence.getId();
		touch();
	}

	/** Dissociated and kept: back in the client's pool. */
	void keep() {
		requireAssigned();
		this.state = NumberState.FREE;
		this.licenceId = null;
		touch();
	}

	/** Dissociated and not kept: unusable until {@code until}. */
	void quarantine(LocalDate until) {
		requireAssigned();
		this.state = NumberState.QUARANTINED;
		this.licenceId = null;
		this.quarantineUntil = until;
		touch();
	}

	/** Only a number given to a licence is dissociated. */
	private void requireAssigned() {
		if (this.state != NumberState.ASSIGNED) {
			throw new BusinessRuleException("telephony.error.numberNotAssigned", FrenchNumbers.display(this.number));
		}
	}

	public long getClientId() {
		return this.clientId;
	}

	public String getNumber() {
		return this.number;
	}

	public String getOrigin() {
		return this.origin;
	}

	public NumberState getState() {
		return this.state;
	}

	public Long getLicenceId() {
		return this.licenceId;
	}

	public LocalDate getQuarantineUntil() {
		return this.quarantineUntil;
	}

}
