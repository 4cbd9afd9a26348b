package fr.openip.myopenip.quote.domain;

/**
 * Where a quote stands besides its step: being built, sent to the client for its
 * e-signature, validated (the order exists), refused by the client, or replaced by its
 * next version.
 */
public enum QuoteStatus {

	DRAFT, SENT, VALIDATED, REFUSED, SUPERSEDED;

	/** Whether the quote may still change at all (sent or refused: as a new version). */
	public boolean open() {
		return this == DRAFT || this == SENT || this == REFUSED;
	}

}
