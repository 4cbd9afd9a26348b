package fr.openip.myopenip.order.web;

import java.time.LocalDate;

import fr.openip.myopenip.shared.web.ActionForm;

/** "Résilier": the date asked ({@code date}), then confirmed with the OC's version. */
class TerminationForm extends ActionForm {

	private String date;

	LocalDate asked() {
		return FormDates.parse(this.date, "termination.error.date");
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

}
