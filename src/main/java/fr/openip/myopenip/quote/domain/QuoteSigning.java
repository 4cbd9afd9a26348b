package fr.openip.myopenip.quote.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.paperwork.SalesForms.FormDocument;
import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.SigningTokens;

/**
 * The public signing page's work, reached only with a valid link: the client reads its
 * quote and every form of the sale, as sent, then signs them all at once (its name, the
 * time, its IP and user agent, the SHA-256 of each PDF: the sealed envelope of
 * {@link QuoteEnvelopes}) or refuses them all (a reason). A link already used, expired,
 * replaced by a new version or altered changes nothing. The quote's row is locked while
 * an answer is recorded, and a quote has at most one signature (a unique constraint): a
 * hundred simultaneous submissions record one.
 */
@AsThePortal
@Service
public class QuoteSigning {

	/** What the link leads to. */
	public enum LinkState {

		VALID, UNKNOWN, USED, EXPIRED, REPLACED

	}

	/** A link's quote and state; the quote only for a valid link. */
	public record Link(LinkState state, Quote quote, Instant decidedAt) {
	}

	private final QuoteRepository quotes;

	private final QuoteDocumentRepository documents;

	private final QuoteSignatureRepository signatures;

	private final QuoteValidation validation;

	private final QuoteHistory history;

	private final QuoteVersions versions;

	private final MailOutbox outbox;

	private final SalesForms forms;

	private final QuoteEnvelopes envelopes;

	private final Clock clock;

	QuoteSigning(QuoteRepository quotes, QuoteDocumentRepository documents, QuoteSignatureRepository signatures,
			QuoteValidation validation, QuoteHistory history, QuoteVersions versions, MailOutbox outbox,
			SalesForms forms, QuoteEnvelopes envelopes, Clock clock) {
		this.forms = forms;
		this.envelopes = envelopes;
		this.quotes = quotes;
		this.documents = documents;
		this.signatures = signatures;
		this.validation = validation;
		this.history = history;
		this.versions = versions;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Link open(String token) {
		if (!SigningTokens.wellFormed(token)) {
			return new Link(LinkState.UNKNOWN, null, null);
		}
		return this.quotes.findBySigningTokenHash(SigningTokens.hash(token))
			.map(this::link)
			.orElse(new Link(LinkState.UNKNOWN, null, null));
	}

	/** The forms sent with a valid link, each with the PDF the client reads and signs. */
	@Transactional(readOnly = true)
	public List<FormDocument> forms(String token) {
		Link link = open(token);
		return link.state() == LinkState.VALID ? this.forms.frozen(link.quote().getNumber()) : List.of();
	}

	/** The PDF sent with a valid link. */
	@Transactional(readOnly = true)
	public Optional<byte[]> pdf(String token) {
		Link link = open(token);
		if (link.state() != LinkState.VALID) {
			return Optional.empty();
		}
		return this.documents.findByQuote(link.quote().getId()).map(QuoteDocument::getContent);
	}

	/**
	 * "Signer": the quote is validated by its client and the order placed.
	 * @return the link's state before the answer ({@code VALID} when it was recorded)
	 */
	@Transactional
	public LinkState accept(String token, String signerName, String ipAddress, String userAgent) {
		if (signerName == null || signerName.isBlank() || signerName.strip().length() > 200) {
			throw BusinessRuleException.onField("signerName", "quote.signing.error.name");
		}
		Optional<Quote> found = lockedValid(token);
		if (found.isEmpty()) {
			return open(token).state();
		}
		Quote quote = found.get();
		QuoteDocument document = this.documents.findByQuote(quote.getId()).orElseThrow();
		List<FormDocument> forms = this.forms.frozen(quote.getNumber());
		QuoteSignature signature = this.signatures.saveAndFlush(
				QuoteSignature.accepted(quote, signerName.strip(), ipAddress, userAgent, document.getSha256()));
		Instant now = this.clock.instant();
		quote.validate(ValidationMode.CLIENT_SIGNATURE, signerName.strip(), now, this.versions.today());
		this.history.record(quote, Kind.SIGNED, signerName.strip(), "SHA-256 " + document.getSha256());
		this.forms.sign(quote.getNumber());
		this.envelopes.seal(quote, signature, now, document, forms);
		this.validation.placeOrder(quote);
		tellTheReseller(quote, "quote.mail.signed", signerName.strip());
		return LinkState.VALID;
	}

	/** "Refuser", with a reason. */
	@Transactional
	public LinkState refuse(String token, String reason, String ipAddress, String userAgent) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
			throw BusinessRuleException.onField("reason", "quote.signing.error.reason");
		}
		Optional<Quote> found = lockedValid(token);
		if (found.isEmpty()) {
			return open(token).state();
		}
		Quote quote = found.get();
		this.signatures.saveAndFlush(QuoteSignature.refused(quote, reason.strip(), ipAddress, userAgent));
		quote.refuse("client", this.clock.instant(), this.versions.today());
		this.forms.refuse(quote.getNumber());
		this.history.record(quote, Kind.REFUSED, "client", reason.strip());
		tellTheReseller(quote, "quote.mail.refused", reason.strip());
		return LinkState.VALID;
	}

	private Optional<Quote> lockedValid(String token) {
		if (!SigningTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.quotes.findBySigningTokenHashForUpdate(SigningTokens.hash(token))
			.filter((quote) -> link(quote).state() == LinkState.VALID);
	}

	private Link link(Quote quote) {
		LinkState state = switch (quote.getStatus()) {
			case SENT -> quote.isExpired(this.versions.today()) ? LinkState.EXPIRED : LinkState.VALID;
			case SUPERSEDED -> LinkState.REPLACED;
			case VALIDATED, REFUSED -> LinkState.USED;
			case DRAFT -> LinkState.UNKNOWN;
		};
		return new Link(state, state == LinkState.VALID ? quote : null, quote.getDecidedAt());
	}

	private void tellTheReseller(Quote quote, String key, String detail) {
		if (quote.getSalesRepEmail() == null || quote.getSalesRepEmail().isBlank()) {
			return;
		}
		this.outbox.queueMessage(quote.getSalesRepEmail(), key, quote.getReference(), quote.getClientName(),
				quote.getOfferName(), detail);
	}

}
