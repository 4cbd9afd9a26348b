package fr.openip.myopenip.telephony.web;

import jakarta.validation.constraints.Size;

import fr.openip.myopenip.telephony.domain.Licence;
import fr.openip.myopenip.telephony.domain.OutgoingRestriction;
import fr.openip.myopenip.telephony.domain.UserSettings;

/** The form of a licence's user and settings, and the number to give it. */
class LicenceForm {

	@Size(max = 100)
	private String lastName;

	@Size(max = 100)
	private String firstName;

	@Size(max = 20)
	private String emergencyNumber;

	@Size(max = 20)
	private String fax2mailNumber;

	private OutgoingRestriction outgoingRestriction = OutgoingRestriction.NONE;

	private boolean beyondPlanRestricted;

	private boolean supervisor;

	@Size(max = 254)
	private String email;

	@Size(max = 6)
	private String extension;

	private boolean voicemailToEmail;

	/** A free number of the pool, or none. */
	private Long numberId;

	private long version;

	static LicenceForm of(Licence licence, Long numberId) {
		var form = new LicenceForm();
		form.lastName = licence.getUserLastName();
		form.firstName = licence.getUserFirstName();
		form.emergencyNumber = licence.getEmergencyNumber();
		form.fax2mailNumber = licence.getFax2mailNumber();
		form.outgoingRestriction = licence.getOutgoingRestriction();
		form.beyondPlanRestricted = licence.isBeyondPlanRestricted();
		form.supervisor = licence.isSupervisor();
		form.email = licence.getEmail();
		form.extension = licence.getExtension();
		form.voicemailToEmail = licence.isVoicemailToEmail();
		form.numberId = numberId;
		form.version = licence.getVersion();
		return form;
	}

	UserSettings toSettings() {
		return new UserSettings(this.lastName, this.firstName, this.emergencyNumber, this.fax2mailNumber,
				this.outgoingRestriction, this.beyondPlanRestricted, this.supervisor, this.email, this.extension,
				this.voicemailToEmail);
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getEmergencyNumber() {
		return this.emergencyNumber;
	}

	public void setEmergencyNumber(String emergencyNumber) {
		this.emergencyNumber = emergencyNumber;
	}

	public String getFax2mailNumber() {
		return this.fax2mailNumber;
	}

	public void setFax2mailNumber(String fax2mailNumber) {
		this.fax2mailNumber = fax2mailNumber;
	}

	public OutgoingRestriction getOutgoingRestriction() {
		return this.outgoingRestriction;
	}

	public void setOutgoingRestriction(OutgoingRestriction outgoingRestriction) {
		this.outgoingRestriction = outgoingRestriction;
	}

	public boolean isBeyondPlanRestricted() {
		return this.beyondPlanRestricted;
	}

	public void setBeyondPlanRestricted(boolean beyondPlanRestricted) {
		this.beyondPlanRestricted = beyondPlanRestricted;
	}

	public boolean isSupervisor() {
		return this.supervisor;
	}

	public void setSupervisor(boolean supervisor) {
		this.supervisor = supervisor;
	}

	public Long getNumberId() {
		return this.numberId;
	}

	public void setNumberId(Long numberId) {
		this.numberId = numberId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getExtension() {
		return this.extension;
	}

	public void setExtension(String extension) {
		this.extension = extension;
	}

	public boolean isVoicemailToEmail() {
		return this.voicemailToEmail;
	}

	public void setVoicemailToEmail(boolean voicemailToEmail) {
		this.voicemailToEmail = voicemailToEmail;
	}

}
