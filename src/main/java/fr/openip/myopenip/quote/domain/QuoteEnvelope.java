package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The signed envelope of a quote: its PDF, every form's and the certificate of completion
 * in one PDF sealed by the portal. Made once, when the client signs.
 */
@Entity
@Table(name = "quote_envelope")
public class QuoteEnvelope extends QuotePart {

	private byte[] content;

	private String sha256;

	protected QuoteEnvelope() {
	}

	QuoteEnvelope(Quote quote, byte[] content) {
		super(quote);
		this.content = content;
		this.sha256 = fr.openip.myopenip.shared.pdf.PdfDocuments.sha256(content);
	}

	public byte[] getContent() {
		return this.content;
	}

	public String getSha256() {
		return this.sha256;
	}

}
