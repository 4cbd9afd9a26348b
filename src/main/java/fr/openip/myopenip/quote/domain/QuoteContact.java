package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An on-site contact of a quote: one of the client's contacts, whom the suppliers will
 * call to put the service in.
 */
@Entity
@Table(name = "quote_contact")
public class QuoteContact extends QuotePart {

	private long contactId;

	protected QuoteContact() {
	}

	QuoteContact(Quote quote, long contactId) {
		super(quote);
		this.contactId = contactId;
	}

	public long getContactId() {
		return this.contactId;
	}

}
