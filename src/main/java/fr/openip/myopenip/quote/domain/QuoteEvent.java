package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A line of "Historique de création du devis": what happened, who did it.
 */
@Entity
@Table(name = "quote_event")
public class QuoteEvent extends QuotePart {

	/**
	 * What can happen to a quote, each with its French label {@code quote.event.<KIND>}.
	 */
	public enum Kind {

		CREATED, BASKET_CHANGED, SITES_CHOSEN, CONTACT_ADDED, CONTACT_REMOVED, SITES_COMPLETED, COMMENTED,
		ATTACHMENT_ADDED, ATTACHMENT_REMOVED, SUMMARY_READ, NEW_VERSION, SENT, SIGNED, REFUSED, VALIDATED_FOR_CLIENT,
		VALIDATED_FINAL, AMENDMENT_STARTED, REMOVALS_CHOSEN, RENEWED

	}

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String actor;

	private String detail;

	protected QuoteEvent() {
	}

	QuoteEvent(Quote quote, Kind kind, String actor, String detail) {
		super(quote);
		this.kind = kind;
		this.actor = actor;
		this.detail = (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getActor() {
		return this.actor;
	}

	public String getDetail() {
		return this.detail;
	}

}
