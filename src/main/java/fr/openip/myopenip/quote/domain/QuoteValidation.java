package fr.openip.myopenip.quote.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ContactView;
import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.mail.MailProperties;
import fr.openip.myopenip.order.Orders;
import fr.openip.myopenip.order.Orders.NewAmendment;
import fr.openip.myopenip.order.Orders.NewLine;
import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.quote.domain.QuoteLifeCycle.Move;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.SigningTokens;

/**
 * Step 4 of a quote, its validation: "Notifier le client pour validation" (a mail to the
 * client's administrator with a single-use signing link), "Valider le devis pour le
 * compte du client" (a reseller), "Validation finale de la commande" (the operator's
 * staff). A validation places the order in the same transaction; the quote's row is
 * locked meanwhile, so two validations at once give one order.
 */
@Service
public class QuoteValidation {

	private final QuoteRepository quotes;

	private final QuoteDocumentRepository documents;

	private final QuoteSignatureRepository signatures;

	private final QuotePdf pdf;

	private final QuoteHistory history;

	private final Companies companies;

	private final Orders orders;

	private final MailOutbox outbox;

	private final MailProperties mail;

	private final QuoteVersions versions;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SalesForms forms;

	private final Clock clock;

	QuoteValidation(QuoteRepository quotes, QuoteDocumentRepository documents, QuoteSignatureRepository signatures,
			QuotePdf pdf, QuoteHistory history, Companies companies, Orders orders, MailOutbox outbox,
			MailProperties mail, QuoteVersions versions, SalesForms forms, Clock clock) {
		this.forms = forms;
		this.quotes = quotes;
		this.documents = documents;
		this.signatures = signatures;
		this.pdf = pdf;
		this.history = history;
		this.companies = companies;
		this.orders = orders;
		this.outbox = outbox;
		this.mail = mail;
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * "Notifier le client pour validation": freezes the PDF and the forms' (one envelope,
	 * signed once), mails the client's administrator a link that holds a fresh token (an
	 * earlier link stops working).
	 * @return the administrator's address
	 */
	@Transactional
	public String notifyClient(long id, Long expectedVersion) {
		Quote quote = locked(id, expectedVersion);
		requireClient(quote);
		requireForms(quote);
		ContactView administrator = this.companies.contacts(quote.getClientId())
			.stream()
			.filter((contact) -> contact.administrator() && contact.email() != null && !contact.email().isBlank())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("quote.error.noAdministrator"));
		String link = SigningTokens.next();
		quote.send(SigningTokens.hash(link), this.clock.instant(), this.versions.today());
		byte[] content = this.pdf.render(quote);
		this.documents.findByQuote(quote.getId())
			.ifPresentOrElse((document) -> document.replace(content),
					() -> this.documents.save(new QuoteDocument(quote, content)));
		this.forms.freeze(quote.getNumber());
		String name = (administrator.firstName() + " " + administrator.lastName()).strip();
		this.outbox.queueMessage(administrator.email(), "quote.mail.toValidate", name, quote.getReference(),
				quote.getOfferName(), this.mail.portalUrl(), link, quote.getValidUntil().format(DAY));
		this.history.record(quote, Kind.SENT, administrator.email());
		return administrator.email();
	}

	/**
	 * "Renouveler la validité" of an expired quote: a draft valid
	 * {@value Quote#VALIDITY_DAYS} days again from today, a sent one as its next version
	 * (its link void).
	 * @return the quote now valid: this one, or its next version
	 */
	@Transactional
	public Quote renew(long id, Long expectedVersion) {
		Quote quote = locked(id, expectedVersion);
		LocalDate today = this.versions.today();
		QuoteLifeCycle.require(quote.getStatus(), quote.getStep(), quote.isExpired(today), Move.RENEW);
		Quote valid = quote;
		if (quote.getStatus() == QuoteStatus.DRAFT) {
			quote.renew(today);
		}
		else {
			valid = this.versions.editable(id, null);
		}
		this.history.record(valid, Kind.RENEWED, valid.getValidUntil().format(DAY));
		return valid;
	}

	/** "Valider le devis pour le compte du client": the reseller ticked the box. */
	@Transactional
	public OrderView validateForTheClient(long id, Long expectedVersion, boolean onBehalfOfTheClient) {
		if (!onBehalfOfTheClient) {
			throw new BusinessRuleException("quote.error.tickOnBehalf");
		}
		Quote quote = locked(id, expectedVersion);
		requireClient(quote);
		requireForms(quote);
		quote.validate(ValidationMode.FOR_THE_CLIENT, QuoteHistory.currentUser(), this.clock.instant(),
				this.versions.today());
		this.history.record(quote, Kind.VALIDATED_FOR_CLIENT, null);
		return placeOrder(quote);
	}

	/** "Validation finale de la commande", by the operator's staff. */
	@Transactional
	public OrderView finalValidation(long id, Long expectedVersion) {
		Quote quote = locked(id, expectedVersion);
		requireClient(quote);
		requireForms(quote);
		quote.validate(ValidationMode.FINAL, QuoteHistory.currentUser(), this.clock.instant(), this.versions.today());
		this.history.record(quote, Kind.VALIDATED_FINAL, null);
		return placeOrder(quote);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<OrderView> order(long quoteId) {
		return this.orders.forQuote(quoteId);
	}

	/** The client's answer on the signing page, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<QuoteSignature> signature(long quoteId) {
		return this.signatures.findByQuote(quoteId);
	}

	/** Places the order of a quote just validated, in the caller's transaction. */
	public OrderView placeOrder(Quote quote) {
		if (quote.getInstallationSiteId() == null) {
			throw new BusinessRuleException("quote.error.sitesRequired");
		}
		List<NewLine> lines = quote.getLines()
			.stream()
			.map((line) -> new NewLine(line.getProductId(), line.getSection(), line.getProductName(),
					line.getSupplierReference(), line.getQuantity(), line.getSetupUnit(), line.getMonthlyUnit(),
					line.getSetupOperator(), line.getMonthlyOperator()))
			.toList();
		if (quote.isAmendment()) {
			Map<Long, Boolean> removals = new java.util.LinkedHashMap<>();
			quote.getRemovals()
				.forEach((removal) -> removals.put(removal.getContractedSheetId(), removal.isKeepNumber()));
			return fillPortings(quote, this.orders.amend(new NewAmendment(quote.getId(), quote.getReference(),
					quote.getContractedOfferId(), quote.getSalesRepEmail(), lines, removals)));
		}
		String siteName = this.companies.site(quote.getClientId(), quote.getInstallationSiteId())
			.map((site) -> site.name())
			.orElse("");
		return fillPortings(quote,
				this.orders.place(new NewOrder(quote.getOwnerId(), quote.getId(), quote.getReference(),
						quote.getClientId(), quote.getClientName(), quote.getOfferId(), quote.getOfferName(),
						quote.getCommitmentMonths(), quote.getInstallationSiteId(), siteName, quote.getBillingPointId(),
						quote.getContactIds(), quote.getSalesRepEmail(), lines)));
	}

	/**
	 * The OC's portings take what the sale's porting mandates say: the reseller types a
	 * number to port once.
	 */
	private OrderView fillPortings(Quote quote, OrderView order) {
		List<Orders.PortingAsked> asked = this.forms.portingMandates(quote.getId())
			.stream()
			.map((mandate) -> new Orders.PortingAsked(mandate.productId(), mandate.unit(),
					mandate.fields().portingNumber(), mandate.fields().donorOperator(), mandate.fields().rio(),
					mandate.fields().desiredOn()))
			.toList();
		if (!asked.isEmpty()) {
			this.orders.fillPortings(order.contractedOfferId(), asked);
		}
		return order;
	}

	private Quote locked(long id, Long expectedVersion) {
		Quote quote = this.quotes.findForUpdate(id).orElseThrow(() -> new NotFoundException("Quote", id));
		if (expectedVersion != null && quote.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		return quote;
	}

	/**
	 * A sale goes to its client, or is validated, with its paperwork complete: the
	 * quote's page lists the forms left ("Formulaires de la vente").
	 */
	private void requireForms(Quote quote) {
		long left = this.forms.toComplete(quote.getNumber());
		if (left > 0) {
			throw new BusinessRuleException("quote.error.formsIncomplete", left);
		}
	}

	/** A prospect's quote waits for "Créer le compte client". */
	private void requireClient(Quote quote) {
		if (this.companies.client(quote.getClientId()).map((client) -> client.prospect()).orElse(true)) {
			throw new BusinessRuleException("quote.error.prospect");
		}
	}

}
