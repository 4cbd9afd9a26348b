package fr.openip.myopenip.paperwork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ContactView;
import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.mail.MailProperties;
import fr.openip.myopenip.paperwork.domain.SalesForm;
import fr.openip.myopenip.paperwork.domain.SalesFormRepository;
import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.SigningTokens;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.shared.pdf.PdfSeal;

/**
 * "Lettre de résiliation": drawn when a reseller asks for an OC's termination, among the
 * forms of the quote the OC was sold with; sent to the client's administrator with a
 * single-use link, valid until the termination's date (included); signed there, the
 * letter and a certificate of completion are sealed by the portal in one PDF (as a
 * quote's envelope is); refused, the reseller is told and may withdraw the termination. A
 * termination withdrawn takes its letter away unless the client answered it.
 */
@Service
public class TerminationLetters {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** What the order module tells of a termination asked. */
	public record Letter(long ownerId, Long quoteId, String quoteReference, long clientId, String clientName,
			String contractedOfferNumber, String offerName, String siteName, LocalDate terminatesOn,
			String requestedBy) {
	}

	/** Where a letter's link stands. */
	public enum LinkState {

		VALID, USED, EXPIRED, UNKNOWN

	}

	/** A letter sent: to whom, and the link's token (in the mail only). */
	public record Sent(String email, String token) {
	}

	/** A termination letter as the OC's and the order's pages show it. */
	public record LetterView(long id, FormState state, long version, boolean awaitingClient) {
	}

	/** A link opened: its state, and the letter while the link is valid. */
	public record Link(LinkState state, SalesForm letter) {
	}

	/** A document of the sealed letter, as the certificate of completion lists it. */
	public record Signed(FormType type, String name, int unit, String sha256, int pages) {
	}

	/** Who signed, as the certificate of completion shows it. */
	public record Signer(String signerName, String ipAddress, String userAgent) {
	}

	/** What the certificate of completion names. */
	public record Subject(String reference, String clientName) {
	}

	private final SalesFormRepository forms;

	private final Companies companies;

	private final PdfDocuments pdf;

	private final PdfSeal seal;

	private final MailOutbox outbox;

	private final MailProperties mail;

	private final MessageSource messages;

	private final Clock clock;

	TerminationLetters(SalesFormRepository forms, Companies companies, PdfDocuments pdf, PdfSeal seal,
			MailOutbox outbox, MailProperties mail, MessageSource messages, Clock clock) {
		this.forms = forms;
		this.companies = companies;
		this.pdf = pdf;
		this.seal = seal;
		this.outbox = outbox;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Draws the letter of a termination just asked, in the caller's transaction; an OC
	 * sold without a quote of the portal has none.
	 * @return the letter's id
	 */
	@Transactional
	public Optional<Long> draw(Letter letter) {
		if (letter.quoteId() == null || letter.quoteReference() == null) {
			return Optional.empty();
		}
		String quoteNumber = letter.quoteReference().contains("/")
				? letter.quoteReference().substring(0, letter.quoteReference().indexOf('/')) : letter.quoteReference();
		int unit = this.forms.findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(quoteNumber)
			.stream()
			.filter((form) -> form.getType() == FormType.TERMINATION_LETTER)
			.mapToInt(SalesForm::getUnit)
			.max()
			.orElse(0) + 1;
		SalesForm drawn = SalesForm.terminationLetter(letter.ownerId(), letter.quoteId(), quoteNumber,
				letter.clientId(), letter.clientName(), unit, letter.contractedOfferNumber(), letter.offerName(),
				letter.siteName(), letter.terminatesOn(), letter.requestedBy(), this.clock.instant());
		return Optional.of(this.forms.saveAndFlush(drawn).getId());
	}

	/**
	 * "Envoyer au client pour signature": the letter rendered to the PDF the client
	 * reads, and a link to it mailed to the client's administrator (a link sent before is
	 * void).
	 * @return the administrator's address, and the link's token
	 * @throws BusinessRuleException when the letter is signed or refused, past its date,
	 * or the client has no administrator with an address
	 * @throws ObjectOptimisticLockingFailureException when it changed since the page
	 */
	@Transactional
	public Sent send(long id, long expectedVersion) {
		SalesForm letter = this.forms.findById(id).orElseThrow(() -> new NotFoundException("SalesForm", id));
		if (letter.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(SalesForm.class, id);
		}
		if (letter.getType() != FormType.TERMINATION_LETTER) {
			throw new BusinessRuleException("form.error.notLetter");
		}
		if (expired(letter)) {
			throw new BusinessRuleException("letter.error.past", letter.getTerminatesOn().format(DAY));
		}
		ContactView administrator = this.companies.contacts(letter.getClientId())
			.stream()
			.filter((contact) -> contact.administrator() && contact.email() != null && !contact.email().isBlank())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("quote.error.noAdministrator"));
		String token = SigningTokens.next();
		byte[] content = letter.isFrozen() ? letter.getDocument()
				: this.pdf.render("sales-form", Map.of("form", letter, "fields", letter.fields()));
		letter.sendLetter(content, PdfDocuments.sha256(content), SigningTokens.hash(token));
		String name = ((administrator.firstName() == null ? "" : administrator.firstName()) + " "
				+ administrator.lastName())
			.strip();
		this.outbox.queueMessage(administrator.email(), "letter.mail.toSign", name, letter.getContractedOfferNumber(),
				letter.getOfferName(), this.mail.portalUrl(), token, letter.getTerminatesOn().format(DAY));
		return new Sent(administrator.email(), token);
	}

	/** The letter behind a link, whoever asks (the link is the right). */
	@AsThePortal
	@Transactional(readOnly = true)
	public Link open(String token) {
		if (!SigningTokens.wellFormed(token)) {
			return new Link(LinkState.UNKNOWN, null);
		}
		return this.forms.findBySigningTokenHash(SigningTokens.hash(token))
			.map(this::link)
			.orElse(new Link(LinkState.UNKNOWN, null));
	}

	/** The PDF sent with a valid link. */
	@AsThePortal
	@Transactional(readOnly = true)
	public Optional<byte[]> pdf(String token) {
		Link link = open(token);
		return link.state() == LinkState.VALID ? Optional.of(link.letter().getDocument()) : Optional.empty();
	}

	/**
	 * "Signer": the letter is "Signé", sealed with its certificate of completion, and the
	 * reseller who asked for the termination is told.
	 * @return the link's state before the answer ({@code VALID} when it was recorded)
	 */
	@AsThePortal
	@Transactional
	public LinkState sign(String token, String signerName, String ipAddress, String userAgent) {
		if (signerName == null || signerName.isBlank() || signerName.strip().length() > 200) {
			throw BusinessRuleException.onField("signerName", "quote.signing.error.name");
		}
		Optional<SalesForm> found = lockedValid(token);
		if (found.isEmpty()) {
			return open(token).state();
		}
		SalesForm letter = found.get();
		Instant now = this.clock.instant();
		String name = signerName.strip();
		String agent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 500));
		letter.signLetter(now, name, ipAddress, agent, sealed(letter, new Signer(name, ipAddress, agent), now));
		tellTheReseller(letter, "letter.mail.signed", name);
		return LinkState.VALID;
	}

	/** "Refuser", with a reason: the reseller is told. */
	@AsThePortal
	@Transactional
	public LinkState refuse(String token, String reason, String ipAddress, String userAgent) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
			throw BusinessRuleException.onField("reason", "quote.signing.error.reason");
		}
		Optional<SalesForm> found = lockedValid(token);
		if (found.isEmpty()) {
			return open(token).state();
		}
		SalesForm letter = found.get();
		String agent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 500));
		letter.refuseLetter(this.clock.instant(), reason.strip(), ipAddress, agent);
		tellTheReseller(letter, "letter.mail.refused", reason.strip());
		return LinkState.VALID;
	}

	/** The OC's latest termination letter, if any. */
	@Transactional(readOnly = true)
	public Optional<LetterView> latest(String contractedOfferNumber) {
		return this.forms.findByContractedOfferNumber(contractedOfferNumber)
			.stream()
			.max(Comparator.comparing(SalesForm::getUnit))
			.map((letter) -> new LetterView(letter.getId(), letter.getState(), letter.getVersion(),
					letter.isAwaitingClient()));
	}

	/**
	 * The termination of the OC was withdrawn: its letter not answered goes (its link
	 * with it); one signed or refused stays, as what the client said.
	 */
	@Transactional
	public void withdraw(String contractedOfferNumber) {
		this.forms.deleteAll(this.forms.findByContractedOfferNumber(contractedOfferNumber)
			.stream()
			.filter((letter) -> letter.getState() == FormState.COMPLETED)
			.toList());
	}

	/** The sealed PDF of a signed letter, or 404. */
	@Transactional(readOnly = true)
	public byte[] sealed(long id) {
		SalesForm letter = this.forms.findById(id).orElseThrow(() -> new NotFoundException("SalesForm", id));
		if (letter.getSealedDocument() == null) {
			throw new NotFoundException("SealedLetter", id);
		}
		return letter.getSealedDocument();
	}

	private byte[] sealed(SalesForm letter, Signer signer, Instant signedAt) {
		String reference = letter.getContractedOfferNumber();
		List<Signed> documents = new ArrayList<>();
		documents.add(new Signed(FormType.TERMINATION_LETTER, null, letter.getUnit(), letter.getDocumentSha256(),
				PdfDocuments.pages(letter.getDocument())));
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("quote", new Subject(reference, letter.getClientName()));
		variables.put("intro", this.messages.getMessage("letter.certificate.intro",
				new Object[] { reference, letter.getClientName() }, Locale.FRENCH));
		variables.put("signature", signer);
		variables.put("signedAt", signedAt);
		variables.put("documents", documents);
		variables.put("sealedBy", this.seal.certificate().getSubjectX500Principal().getName());
		variables.put("sealSerial", this.seal.certificate().getSerialNumber().toString(16));
		byte[] certificate = this.pdf.render("completion", variables);
		return this.seal.seal(PdfDocuments.merge(List.of(letter.getDocument(), certificate)),
				this.messages.getMessage("letter.sealReason", new Object[] { reference }, Locale.FRENCH));
	}

	private Optional<SalesForm> lockedValid(String token) {
		if (!SigningTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.forms.findBySigningTokenHashForUpdate(SigningTokens.hash(token))
			.filter((letter) -> link(letter).state() == LinkState.VALID);
	}

	private Link link(SalesForm letter) {
		LinkState state;
		if (letter.getState() == FormState.SIGNED || letter.getState() == FormState.REFUSED) {
			state = LinkState.USED;
		}
		else if (expired(letter)) {
			state = LinkState.EXPIRED;
		}
		else {
			state = LinkState.VALID;
		}
		return new Link(state, state == LinkState.VALID ? letter : null);
	}

	/** A letter is signed until the termination's date, not after it. */
	private boolean expired(SalesForm letter) {
		return PortalClock.today(this.clock).isAfter(letter.getTerminatesOn());
	}

	private void tellTheReseller(SalesForm letter, String key, String detail) {
		if (letter.getRequestedBy() == null || letter.getRequestedBy().isBlank()) {
			return;
		}
		this.outbox.queueMessage(letter.getRequestedBy(), key, letter.getContractedOfferNumber(),
				letter.getClientName(), letter.getOfferName(), detail);
	}

}
