package fr.openip.myopenip.quote.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * What hangs from a quote (its lines, its on-site contacts): it belongs to the quote's
 * reseller, copied in {@code owner_id} when it is created.
 */
@MappedSuperclass
abstract class QuotePart extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "quote_id", updatable = false)
	private Quote quote;

	protected QuotePart() {
	}

	protected QuotePart(Quote quote) {
		super(quote.getOwnerId());
		this.quote = quote;
	}

}
