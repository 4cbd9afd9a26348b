package fr.openip.myopenip.telephony.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * A licence of a service: one contracted sheet ({@code FPC…}) of its OC. It is free, or
 * given to a user with their settings; its number, if any, is a {@link PhoneNumber} of
 * the client's pool that names it. Dissociating its number frees it: the licence stays
 * (it is not terminated), ready for a new user.
 */
@Entity
@Table(name = "licence")
public class Licence extends TenantOwned {

	private long serviceId;

	private long contractedSheetId;

	private String sheetNumber;

	private String name;

	/** "Réf. accountcode": its account on the platform. */
	private String accountCode;

	private String siteName;

	private String userLastName;

	private String userFirstName;

	/** Kept by the database from the user's presence, for the "État" filter. */
	@Enumerated(EnumType.STRING)
	@Column(insertable = false, updatable = false)
	private LicenceState state;

	private String emergencyNumber;

	@Column(name = "fax2mail_number")
	private String fax2mailNumber;

	@Enumerated(EnumType.STRING)
	private OutgoingRestriction outgoingRestriction = OutgoingRestriction.NONE;

	private boolean beyondPlanRestricted;

	private boolean supervisor;

	private String email;

	private String extension;

	private boolean voicemailToEmail;

	protected Licence() {
	}

	Licence(TelephonyService service, long contractedSheetId, String sheetNumber, String name, String accountCode) {
		super(service.getOwnerId());
		this.serviceId = service.getId();
		this.contractedSheetId = contractedSheetId;
		this.sheetNumber = sheetNumber;
		this.name = name;
		this.accountCode = accountCode;
		this.siteName = service.getSiteName();
	}

	/** Gives it to a user with these settings (already checked). */
	void configure(UserSettings settings) {
		this.userLastName = settings.lastName();
		this.userFirstName = settings.firstName();
		this.emergencyNumber = settings.emergencyNumber();
		this.fax2mailNumber = settings.fax2mailNumber();
		this.outgoingRestriction = settings.outgoingRestriction() == null ? OutgoingRestriction.NONE
				: settings.outgoingRestriction();
		this.beyondPlanRestricted = settings.beyondPlanRestricted();
		this.supervisor = settings.supervisor();
		this.email = settings.email();
		this.extension = settings.extension();
		this.voicemailToEmail = settings.voicemailToEmail();
		touch();
	}

	/** Its number dissociated: the user and every setting go, the licence stays. */
	void free() {
		configure(UserSettings.none());
	}

	/** Its "État", from its user (the column is the database's copy, for lists). */
	public LicenceState getState() {
		return this.userLastName == null ? LicenceState.FREE : LicenceState.ACTIVE;
	}

	public UserSettings settings() {
		return new UserSettings(this.userLastName, this.userFirstName, this.emergencyNumber, this.fax2mailNumber,
				this.outgoingRestriction, this.beyondPlanRestricted, this.supervisor, this.email, this.extension,
				this.voicemailToEmail);
	}

	/** "Prénom Nom", or null when free. */
	public String getUserName() {
		if (this.userLastName == null) {
			return null;
		}
		return this.userFirstName == null ? this.userLastName : this.userFirstName + " " + this.userLastName;
	}

	public long getServiceId() {
		return this.serviceId;
	}

	public long getContractedSheetId() {
		return this.contractedSheetId;
	}

	public String getSheetNumber() {
		return this.sheetNumber;
	}

	public String getName() {
		return this.name;
	}

	public String getAccountCode() {
		return this.accountCode;
	}

	public String getSiteName() {
		return this.siteName;
	}

	public String getUserLastName() {
		return this.userLastName;
	}

	public String getUserFirstName() {
		return this.userFirstName;
	}

	public String getEmergencyNumber() {
		return this.emergencyNumber;
	}

	public String getFax2mailNumber() {
		return this.fax2mailNumber;
	}

	public OutgoingRestriction getOutgoingRestriction() {
		return this.outgoingRestriction;
	}

	public boolean isBeyondPlanRestricted() {
		return this.beyondPlanRestricted;
	}

	public boolean isSupervisor() {
		return this.supervisor;
	}

	public String getEmail() {
		return this.email;
	}

	public String getExtension() {
		return this.extension;
	}

	public boolean isVoicemailToEmail() {
		return this.voicemailToEmail;
	}

}
