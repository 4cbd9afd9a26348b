package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The quote's PDF as it was sent to the client: the signing page shows these bytes, and a
 * signature records their SHA-256. A new sending replaces it.
 */
@Entity
@Table(name = "quote_document")
public class QuoteDocument extends QuotePart {

	private byte[] content;

	private String sha256;

	protected QuoteDocument() {
	}

	QuoteDocument(Quote quote, byte[] content) {
		super(quote);
		replace(content);
	}

	void replace(byte[] content) {
		this.content = content;
		this.sha256 = fr.openip.myopenip.shared.pdf.PdfDocuments.sha256(content);
		touch();
	}

	public byte[] getContent() {
		return this.content;
	}

	public String getSha256() {
		return this.sha256;
	}

}
