package fr.openip.myopenip.quote.web;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.openip.myopenip.order.OrderDocuments;
import fr.openip.myopenip.quote.domain.QuoteSummary;

/**
 * An order's quote documents, for its OC's page: the quote's PDF and its attachments,
 * served by the quote's own URLs (and its access rules).
 */
@Component
class QuoteOrderDocuments implements OrderDocuments {

	private final QuoteSummary summary;

	QuoteOrderDocuments(QuoteSummary summary) {
		this.summary = summary;
	}

	@Override
	public Document form(long quoteId, String quoteReference) {
		return new Document(quoteReference, "/quotes/" + quoteId + "/pdf");
	}

	@Override
	public List<Document> attachments(long quoteId) {
		return this.summary.attachments(quoteId)
			.stream()
			.map((attachment) -> new Document(attachment.filename(),
					"/quotes/" + quoteId + "/attachments/" + attachment.id()))
			.toList();
	}

}
