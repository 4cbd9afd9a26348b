package fr.openip.myopenip.paperwork.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormFields;
import fr.openip.myopenip.paperwork.FormState;
import fr.openip.myopenip.paperwork.LicenceSetup;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * A form of a sale: its type, the quote it goes with (by number, so that the quote's next
 * version keeps it), the unit of the product it is for, its état and its fields. Its
 * fields are given all at once and checked ({@link FormFields}): then it is "Complété".
 * Signed or refused, it changes no more.
 */
@Entity
@Table(name = "sales_form")
public class SalesForm extends TenantOwned {

	private long quoteId;

	private String quoteNumber;

	private long clientId;

	private String clientName;

	@Column(insertable = false, updatable = false)
	private String clientSort;

	@Enumerated(EnumType.STRING)
	@Column(name = "form_type")
	private FormType type;

	private Long productId;

	private String productName;

	private int unit;

	@Enumerated(EnumType.STRING)
	private FormState state = FormState.TO_COMPLETE;

	private String portingNumber;

	private String donorOperator;

	private String rio;

	private String holder;

	private LocalDate desiredOn;

	private String iban;

	private String bic;

	private String rum;

	private Instant completedAt;

	private String userLastName;

	private String userFirstName;

	private String userEmail;

	private String extension;

	private String lineNumber;

	private boolean voicemailToEmail;

	private String huntGroups;

	/** The PDF the client reads, frozen when the quote is sent to it. */
	private byte[] document;

	private String documentSha256;

	private Instant decidedAt;

	private String contractedOfferNumber;

	private String offerName;

	private String siteName;

	private LocalDate terminatesOn;

	/** The SHA-256 of a termination letter's signing link, while it is valid. */
	private String signingTokenHash;

	private String signerName;

	private String signerIp;

	private String signerUserAgent;

	private String refusalReason;

	/** Who asked for the termination a letter goes with: told of the client's answer. */
	private String requestedBy;

	/** A termination letter signed: it and its certificate of completion, sealed. */
	private byte[] sealedDocument;

	protected SalesForm() {
	}

	/**
	 * The termination letter of an OC, drawn by the portal as the termination is asked:
	 * "Complété" at once, to send to the client for signature.
	 * @param unit its rank among the letters of the quote (an OC terminated again after a
	 * withdrawal gets another)
	 */
	public static SalesForm terminationLetter(long ownerId, long quoteId, String quoteNumber, long clientId,
			String clientName, int unit, String contractedOfferNumber, String offerName, String siteName,
			LocalDate terminatesOn, String requestedBy, Instant now) {
		SalesForm letter = new SalesForm(ownerId, quoteId, quoteNumber, clientId, clientName,
				FormType.TERMINATION_LETTER, null, null, unit);
		letter.contractedOfferNumber = contractedOfferNumber;
		letter.offerName = offerName;
		letter.siteName = siteName;
		letter.terminatesOn = terminatesOn;
		letter.requestedBy = requestedBy;
		letter.state = FormState.COMPLETED;
		letter.completedAt = now;
		return letter;
	}

	/**
	 * A termination letter goes to the client: its PDF frozen, a new link (the previous
	 * one void).
	 */
	public void sendLetter(byte[] pdf, String sha256, String tokenHash) {
		if (this.type != FormType.TERMINATION_LETTER) {
			throw new BusinessRuleException("form.error.notLetter");
		}
		if (this.state != FormState.COMPLETED) {
			throw new BusinessRuleException("form.error.closed", this.quoteNumber);
		}
		if (!isFrozen()) {
			this.document = pdf;
			this.documentSha256 = sha256;
		}
		this.signingTokenHash = tokenHash;
		touch();
	}

	/**
	 * The client signs the termination letter, from its link (then used: it says so).
	 */
	public void signLetter(Instant now, String name, String ip, String userAgent, byte[] sealed) {
		decide(FormState.SIGNED, now);
		this.signerName = name;
		this.signerIp = ip;
		this.signerUserAgent = userAgent;
		this.sealedDocument = sealed;
	}

	/**
	 * The client refuses the termination letter, from its link (then used: it says so).
	 */
	public void refuseLetter(Instant now, String reason, String ip, String userAgent) {
		decide(FormState.REFUSED, now);
		this.refusalReason = reason;
		this.signerIp = ip;
		this.signerUserAgent = userAgent;
	}

	/** A form the sale needs, to complete. */
	public SalesForm(long ownerId, long quoteId, String quoteNumber, long clientId, String clientName, FormType type,
			Long productId, String productName, int unit) {
		super(ownerId);
		this.quoteId = quoteId;
		this.quoteNumber = quoteNumber;
		this.clientId = clientId;
		this.clientName = clientName;
		this.type = type;
		this.productId = productId;
		this.productName = productName;
		this.unit = unit;
	}

	/** A SEPA mandate starts with what its billing point holds. */
	public void prefill(String holder, String iban, String bic, String rum) {
		this.holder = holder;
		this.iban = iban;
		this.bic = bic;
		this.rum = rum;
	}

	/** A licence's setup sheet starts with an extension of its own within the sale. */
	public void prefillExtension(String extension) {
		this.extension = extension;
	}

	/**
	 * The quote's latest version. A new version voids the link sent with the previous
	 * one: the form is no longer frozen, and one the client refused with it is "Complété"
	 * again, to correct.
	 */
	public void follow(long latestQuoteId, String latestClientName) {
		if (this.quoteId != latestQuoteId && this.state != FormState.SIGNED) {
			this.document = null;
			this.documentSha256 = null;
			if (this.state == FormState.REFUSED) {
				this.state = FormState.COMPLETED;
				this.decidedAt = null;
			}
		}
		if (this.quoteId != latestQuoteId || !this.clientName.equals(latestClientName)) {
			this.quoteId = latestQuoteId;
			this.clientName = latestClientName;
			touch();
		}
	}

	/**
	 * The PDF sent to the client with the quote: the form changes no more until the
	 * client answers or the quote's next version is made.
	 */
	public void freeze(byte[] pdf, String sha256) {
		if (this.state != FormState.COMPLETED) {
			throw new BusinessRuleException("form.error.closed", this.quoteNumber);
		}
		this.document = pdf;
		this.documentSha256 = sha256;
		touch();
	}

	/** The client signed the envelope this form was in. */
	public void sign(Instant now) {
		decide(FormState.SIGNED, now);
	}

	/** The client refused the envelope this form was in. */
	public void refuse(Instant now) {
		decide(FormState.REFUSED, now);
	}

	private void decide(FormState decision, Instant now) {
		if (!isFrozen() || this.state != FormState.COMPLETED) {
			throw new BusinessRuleException("form.error.closed", this.quoteNumber);
		}
		this.state = decision;
		this.decidedAt = now;
		touch();
	}

	/** Whether the client holds it for signature. */
	public boolean isFrozen() {
		return this.documentSha256 != null;
	}

	/**
	 * Its fields, checked: the form is then "Complété".
	 * @throws BusinessRuleException on the first field refused, nothing changed
	 */
	public void complete(FormFields fields, LocalDate today, Instant now) {
		if (!isOpen()) {
			throw new BusinessRuleException("form.error.closed", this.quoteNumber);
		}
		if (this.type == FormType.TERMINATION_LETTER) {
			throw new BusinessRuleException("form.error.letterDrawn");
		}
		if (isFrozen()) {
			throw new BusinessRuleException("form.error.sent", this.quoteNumber);
		}
		FormFields checked = fields.checkedFor(this.type, today);
		this.portingNumber = checked.portingNumber();
		this.donorOperator = checked.donorOperator();
		this.rio = checked.rio();
		this.holder = checked.holder();
		this.desiredOn = checked.desiredOn();
		this.iban = checked.iban();
		this.bic = checked.bic();
		this.rum = checked.rum();
		LicenceSetup setup = checked.setup();
		this.userLastName = setup == null ? null : setup.lastName();
		this.userFirstName = setup == null ? null : setup.firstName();
		this.userEmail = setup == null ? null : setup.email();
		this.extension = setup == null ? null : setup.extension();
		this.lineNumber = setup == null ? null : setup.number();
		this.voicemailToEmail = setup != null && setup.voicemailToEmail();
		this.huntGroups = setup == null ? null : setup.groupsText();
		this.state = FormState.COMPLETED;
		this.completedAt = now;
		touch();
	}

	/** Whether it may still change: neither signed nor refused. */
	public boolean isOpen() {
		return this.state == FormState.TO_COMPLETE || this.state == FormState.COMPLETED;
	}

	/** Its fields as they stand. */
	public FormFields fields() {
		return new FormFields(this.portingNumber, this.rio, this.holder, this.desiredOn, this.iban, this.bic, this.rum,
				this.type == FormType.METACENTREX_SETUP ? setup() : null, this.donorOperator);
	}

	/** A licence's setup, as it stands. */
	public LicenceSetup setup() {
		return new LicenceSetup(this.userLastName, this.userFirstName, this.userEmail, this.extension, this.lineNumber,
				this.voicemailToEmail, LicenceSetup.groupsOf(this.huntGroups));
	}

	public long getQuoteId() {
		return this.quoteId;
	}

	public String getQuoteNumber() {
		return this.quoteNumber;
	}

	public long getClientId() {
		return this.clientId;
	}

	public String getClientName() {
		return this.clientName;
	}

	public FormType getType() {
		return this.type;
	}

	public Long getProductId() {
		return this.productId;
	}

	public String getProductName() {
		return this.productName;
	}

	public int getUnit() {
		return this.unit;
	}

	public FormState getState() {
		return this.state;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public byte[] getDocument() {
		return this.document;
	}

	public String getDocumentSha256() {
		return this.documentSha256;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getContractedOfferNumber() {
		return this.contractedOfferNumber;
	}

	public String getOfferName() {
		return this.offerName;
	}

	public String getSiteName() {
		return this.siteName;
	}

	public LocalDate getTerminatesOn() {
		return this.terminatesOn;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public String getSignerIp() {
		return this.signerIp;
	}

	public String getSignerUserAgent() {
		return this.signerUserAgent;
	}

	public String getRefusalReason() {
		return this.refusalReason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public byte[] getSealedDocument() {
		return this.sealedDocument;
	}

	/** Whether a termination letter's link is out, waiting for the client. */
	public boolean isAwaitingClient() {
		return this.signingTokenHash != null && this.state == FormState.COMPLETED;
	}

}
