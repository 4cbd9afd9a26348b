package fr.openip.myopenip.order.web;

import fr.openip.myopenip.order.domain.PortingRejection;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.ActionForm;

/**
 * "Rejeter la portabilité" of one of an order's sheets, as the order desk gives it: the
 * reason from the list and, for "Autre", a text.
 */
class PortingRejectionForm extends ActionForm {

	private String reason;

	private String text;

	/**
	 * The sheet whose form this is (from the address posted to), so the page shows it.
	 */
	private Long sheet;

	/** The reason chosen, or none (refused beside the field by the service). */
	PortingRejection rejection() {
		if (this.reason == null || this.reason.isBlank()) {
			return null;
		}
		return PortingRejection.of(this.reason)
			.orElseThrow(() -> BusinessRuleException.onField("reason", "porting.error.reason"));
	}

	public Long getSheet() {
		return this.sheet;
	}

	void setSheet(Long sheet) {
		this.sheet = sheet;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
