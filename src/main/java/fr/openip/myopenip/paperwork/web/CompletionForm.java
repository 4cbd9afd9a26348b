package fr.openip.myopenip.paperwork.web;

import java.time.LocalDate;

import fr.openip.myopenip.paperwork.FormFields;
import fr.openip.myopenip.paperwork.LicenceSetup;
import fr.openip.myopenip.paperwork.domain.SalesForm;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.ActionForm;

/** A form's fields as the page posts them, every one a text until checked. */
class CompletionForm extends ActionForm {

	private String portingNumber;

	private String rio;

	private String donorOperator;

	private String holder;

	private String desiredOn;

	private String iban;

	private String bic;

	private String rum;

	private String userLastName;

	private String userFirstName;

	private String userEmail;

	private String extension;

	private String lineNumber;

	private boolean voicemailToEmail;

	private String groups;

	/** What the form holds now, to show. */
	static CompletionForm of(SalesForm form) {
		FormFields fields = form.fields();
		CompletionForm shown = new CompletionForm();
		shown.portingNumber = fields.portingNumber();
		shown.rio = fields.rio();
		shown.donorOperator = fields.donorOperator();
		shown.holder = fields.holder();
		shown.desiredOn = fields.desiredOn() == null ? null : fields.desiredOn().toString();
		shown.iban = fields.iban();
		shown.bic = fields.bic();
		shown.rum = fields.rum();
		if (fields.setup() != null) {
			shown.userLastName = fields.setup().lastName();
			shown.userFirstName = fields.setup().firstName();
			shown.userEmail = fields.setup().email();
			shown.extension = fields.setup().extension();
			shown.lineNumber = fields.setup().number();
			shown.voicemailToEmail = fields.setup().voicemailToEmail();
			shown.groups = fields.setup().groupsText();
		}
		shown.setVersion(form.getVersion());
		return shown;
	}

	/** The fields typed; a date that is not one is refused beside its field. */
	FormFields fields() {
		LocalDate date = null;
		if (this.desiredOn != null && !this.desiredOn.isBlank()) {
			try {
				date = LocalDate.parse(this.desiredOn.strip());
			}
			catch (java.time.format.DateTimeParseException notADate) {
				throw BusinessRuleException.onField("desiredOn", "porting.error.date");
			}
		}
		return new FormFields(this.portingNumber, this.rio, this.holder, date, this.iban, this.bic, this.rum,
				new LicenceSetup(this.userLastName, this.userFirstName, this.userEmail, this.extension, this.lineNumber,
						this.voicemailToEmail, LicenceSetup.groupsOf(this.groups)),
				this.donorOperator);
	}

	public String getPortingNumber() {
		return this.portingNumber;
	}

	public void setPortingNumber(String portingNumber) {
		this.portingNumber = portingNumber;
	}

	public String getRio() {
		return this.rio;
	}

	public void setRio(String rio) {
		this.rio = rio;
	}

	public String getDonorOperator() {
		return this.donorOperator;
	}

	public void setDonorOperator(String donorOperator) {
		this.donorOperator = donorOperator;
	}

	public String getHolder() {
		return this.holder;
	}

	public void setHolder(String holder) {
		this.holder = holder;
	}

	public String getDesiredOn() {
		return this.desiredOn;
	}

	public void setDesiredOn(String desiredOn) {
		this.desiredOn = desiredOn;
	}

	public String getIban() {
		return this.iban;
	}

	public void setIban(String iban) {
		this.iban = iban;
	}

	public String getBic() {
		return this.bic;
	}

	public void setBic(String bic) {
		this.bic = bic;
	}

	public String getRum() {
		return this.rum;
	}

	public void setRum(String rum) {
		this.rum = rum;
	}

	public String getUserLastName() {
		return this.userLastName;
	}

	public void setUserLastName(String userLastName) {
		this.userLastName = userLastName;
	}

	public String getUserFirstName() {
		return this.userFirstName;
	}

	public void setUserFirstName(String userFirstName) {
		this.userFirstName = userFirstName;
	}

	public String getUserEmail() {
		return this.userEmail;
	}

	public void setUserEmail(String userEmail) {
		this.userEmail = userEmail;
	}

	public String getExtension() {
		return this.extension;
	}

	public void setExtension(String extension) {
		this.extension = extension;
	}

	public String getLineNumber() {
		return this.lineNumber;
	}

	public void setLineNumber(String lineNumber) {
		this.lineNumber = lineNumber;
	}

	public boolean isVoicemailToEmail() {
		return this.voicemailToEmail;
	}

	public void setVoicemailToEmail(boolean voicemailToEmail) {
		this.voicemailToEmail = voicemailToEmail;
	}

	public String getGroups() {
		return this.groups;
	}

	public void setGroups(String groups) {
		this.groups = groups;
	}

}
