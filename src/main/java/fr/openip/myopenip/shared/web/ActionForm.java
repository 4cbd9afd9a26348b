package fr.openip.myopenip.shared.web;

/**
 * The form of a button that sends nothing but, when the page shows one, the version of
 * the record it acts on ("Transformer en client", "Prendre en charge", "Valider"…): bound
 * with its {@link org.springframework.validation.BindingResult} like any form, so that a
 * refusal takes the one way of {@link Refusals}.
 */
public class ActionForm {

	private Long version;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The version the page showed, or -1 (never a record's) when it sent none. */
	public long versionOrUnknown() {
		return this.version == null ? -1 : this.version;
	}

}
