package fr.openip.myopenip.order.web;

import java.time.LocalDate;

import fr.openip.myopenip.shared.web.ActionForm;

/**
 * The porting's details of one of an OC's sheets, as the reseller gives them: the number,
 * "Opérateur donneur", RIO and "Date de portabilité souhaitée".
 */
class PortingForm extends ActionForm {

	private String number;

	private String donorOperator;

	private String rio;

	private String requestedOn;

	/**
	 * The sheet whose form this is (from the address posted to), so the page shows it.
	 */
	private Long sheet;

	LocalDate requestedDate() {
		return FormDates.parse(this.requestedOn, "requestedOn", "porting.error.date");
	}

	public Long getSheet() {
		return this.sheet;
	}

	void setSheet(Long sheet) {
		this.sheet = sheet;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getDonorOperator() {
		return this.donorOperator;
	}

	public void setDonorOperator(String donorOperator) {
		this.donorOperator = donorOperator;
	}

	public String getRio() {
		return this.rio;
	}

	public void setRio(String rio) {
		this.rio = rio;
	}

	public String getRequestedOn() {
		return this.requestedOn;
	}

	public void setRequestedOn(String requestedOn) {
		this.requestedOn = requestedOn;
	}

}
