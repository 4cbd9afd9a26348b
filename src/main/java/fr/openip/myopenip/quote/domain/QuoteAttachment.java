package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

/**
 * "Pièces jointes": a PDF joined to a quote, kept in the database.
 */
@Entity
@Table(name = "quote_attachment")
public class QuoteAttachment extends QuotePart {

	private String filename;

	@Basic(fetch = FetchType.LAZY)
	@Column(updatable = false)
	private byte[] content;

	private int size;

	private String sha256;

	private String createdBy;

	protected QuoteAttachment() {
	}

	QuoteAttachment(Quote quote, String filename, byte[] content, String sha256, String createdBy) {
		super(quote);
		this.filename = filename;
		this.content = content;
		this.size = content.length;
		this.sha256 = sha256;
		this.createdBy = createdBy;
	}

	public String getFilename() {
		return this.filename;
	}

	public byte[] getContent() {
		return this.content;
	}

	public int getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
