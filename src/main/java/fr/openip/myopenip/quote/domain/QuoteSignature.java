package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The client's answer on the signing page: accepted (who signed, and the SHA-256 of the
 * PDF it saw) or refused (why); with when (its creation), from where and with what. One
 * per quote, a unique constraint says so.
 */
@Entity
@Table(name = "quote_signature")
public class QuoteSignature extends QuotePart {

	public enum Decision {

		ACCEPTED, REFUSED

	}

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String signerName;

	private String reason;

	private String ipAddress;

	private String userAgent;

	private String pdfSha256;

	protected QuoteSignature() {
	}

	private QuoteSignature(Quote quote, Decision decision, String signerName, String reason, String ipAddress,
			String userAgent, String pdfSha256) {
		super(quote);
		this.decision = decision;
		this.signerName = signerName;
		this.reason = reason;
		this.ipAddress = ipAddress;
		this.userAgent = (userAgent != null && userAgent.length() > 500) ? userAgent.substring(0, 500) : userAgent;
		this.pdfSha256 = pdfSha256;
	}

	static QuoteSignature accepted(Quote quote, String signerName, String ipAddress, String userAgent,
			String pdfSha256) {
		return new QuoteSignature(quote, Decision.ACCEPTED, signerName, null, ipAddress, userAgent, pdfSha256);
	}

	static QuoteSignature refused(Quote quote, String reason, String ipAddress, String userAgent) {
		return new QuoteSignature(quote, Decision.REFUSED, null, reason, ipAddress, userAgent, null);
	}

	public Decision getDecision() {
		return this.decision;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public String getReason() {
		return this.reason;
	}

	public String getIpAddress() {
		return this.ipAddress;
	}

	public String getUserAgent() {
		return this.userAgent;
	}

	public String getPdfSha256() {
		return this.pdfSha256;
	}

}
