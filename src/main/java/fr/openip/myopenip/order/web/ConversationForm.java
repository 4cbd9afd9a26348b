package fr.openip.myopenip.order.web;

import java.io.Serializable;

/**
 * A conversation's forms: "Démarrer une conversation" about one of an OC's orders
 * ({@code orderId}, {@code subject}, first {@code message}; {@code offerId}: the OC's
 * page it was started from), "Répondre" ({@code message}) and "Modifier le contact"
 * ({@code email}). Serializable: refused on the OC's tab, it rides there in the session's
 * flash attributes.
 */
class ConversationForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private Long orderId;

	private Long offerId;

	private String subject;

	private String message;

	private String email;

	public Long getOrderId() {
		return this.orderId;
	}

	public void setOrderId(Long orderId) {
		this.orderId = orderId;
	}

	public Long getOfferId() {
		return this.offerId;
	}

	public void setOfferId(Long offerId) {
		this.offerId = offerId;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
