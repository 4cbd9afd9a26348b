package fr.openip.myopenip.quote.domain;

/**
 * Where a quote stands besides its step: being built, sent to the client for its
 * e-signature, validated (the order exists), refused by the client, or replaced by its
 * next version. What each allows is {@link QuoteLifeCycle}'s.
 */
public enum QuoteStatus {

	DRAFT, SENT, VALIDATED, REFUSED, SUPERSEDED

}
