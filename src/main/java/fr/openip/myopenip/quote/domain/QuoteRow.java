package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.time.Instant;

import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/** A quote as "Mes devis" shows it. */
public record QuoteRow(long id, String number, int quoteVersion, long clientId, String clientName, String clientCity,
		String offerName, Instant createdAt, int step, Long ownerId, String createdBy, BigDecimal setupTotal,
		BigDecimal monthlyTotal) implements ListRow {

	static final ListRows<QuoteRow> ROWS = ListRows.of(QuoteRow.class,
			"new fr.openip.myopenip.quote.domain.QuoteRow(q.id, q.number, q.quoteVersion, q.clientId, q.clientName,"
					+ " q.clientCity, q.offerName, q.createdAt, q.step, q.ownerId, q.createdBy, q.setupTotal,"
					+ " q.monthlyTotal)",
			"");

	/** "DEV000095225/1". */
	public String reference() {
		return this.number + "/" + this.quoteVersion;
	}

}
