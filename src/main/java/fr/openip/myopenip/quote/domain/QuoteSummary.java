package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.shared.Money;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * Step 3 of a quote, "Récapitulatif": its totals at the VAT of its billing point, its
 * comment, its attachments ("Pièces jointes", "Insérer"), and "Poursuivre" to step 4.
 */
@Service
public class QuoteSummary {

	/** Most attachments on one quote. */
	public static final int MAX_ATTACHMENTS = 10;

	private final QuoteVersions versions;

	private final QuoteAttachmentRepository attachments;

	private final QuoteHistory history;

	private final Companies companies;

	QuoteSummary(QuoteVersions versions, QuoteAttachmentRepository attachments, QuoteHistory history,
			Companies companies) {
		this.versions = versions;
		this.attachments = attachments;
		this.history = history;
		this.companies = companies;
	}

	/**
	 * "Total HT", "TVA", "Total TTC": VAT at 20 %, or none when the billing point is
	 * exempt or reverse-charged.
	 */
	@Transactional(readOnly = true)
	public Totals totals(Quote quote) {
		return Totals.of(quote.getSetupTotal(), quote.getMonthlyTotal(), vatRate(quote));
	}

	public BigDecimal vatRate(Quote quote) {
		if (quote.getBillingPointId() == null) {
			return Money.STANDARD_VAT_RATE;
		}
		return this.companies.billingPoint(quote.getClientId(), quote.getBillingPointId())
			.filter((point) -> !point.vatApplies())
			.map((point) -> BigDecimal.ZERO)
			.orElse(Money.STANDARD_VAT_RATE);
	}

	@Transactional
	public Quote comment(long id, Long expectedVersion, String text) {
		if (text != null && text.strip().length() > 2000) {
			throw new fr.openip.myopenip.shared.BusinessRuleException("quote.error.commentTooLong");
		}
		Quote quote = this.versions.editable(id, expectedVersion);
		quote.comment(text);
		this.history.record(quote, Kind.COMMENTED, quote.getComment());
		return quote;
	}

	/** "Insérer": a PDF of at most 20 MB, judged by its content. */
	@Transactional
	public Quote attach(long id, String filename, byte[] content) {
		PdfDocuments.check(content);
		Quote quote = this.versions.editable(id, null);
		if (this.attachments.findViewsByQuote(quote.getId()).size() >= MAX_ATTACHMENTS) {
			throw new fr.openip.myopenip.shared.BusinessRuleException("quote.error.tooManyAttachments",
					String.valueOf(MAX_ATTACHMENTS));
		}
		String name = PdfDocuments.fileName(filename);
		this.attachments
			.save(new QuoteAttachment(quote, name, content, PdfDocuments.sha256(content), QuoteHistory.currentUser()));
		this.history.record(quote, Kind.ATTACHMENT_ADDED, name);
		return quote;
	}

	/** "Retirer": an attachment already gone leaves the quote as it is. */
	@Transactional
	public Quote detach(long id, long attachmentId) {
		java.util.Optional<QuoteAttachment> found = this.attachments.findInQuote(id, attachmentId);
		QuoteAttachment attachment = found.orElseThrow(() -> new NotFoundException("QuoteAttachment", attachmentId));
		Quote quote = this.versions.editable(id, null);
		if (quote.getId() == id) {
			this.attachments.delete(attachment);
		}
		else {
			this.attachments.findByQuote(quote.getId())
				.stream()
				.filter((copy) -> copy.getSha256().equals(attachment.getSha256())
						&& copy.getFilename().equals(attachment.getFilename()))
				.findFirst()
				.ifPresent(this.attachments::delete);
		}
		this.history.record(quote, Kind.ATTACHMENT_REMOVED, attachment.getFilename());
		return quote;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(long quoteId) {
		return this.attachments.findViewsByQuote(quoteId);
	}

	@Transactional(readOnly = true)
	public QuoteAttachment attachment(long quoteId, long attachmentId) {
		QuoteAttachment attachment = this.attachments.findInQuote(quoteId, attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		attachment.getContent();
		return attachment;
	}

	/** "Poursuivre": on to step 4, the validation. */
	@Transactional
	public Quote proceed(long id, Long expectedVersion) {
		Quote quote = this.versions.editable(id, expectedVersion);
		quote.proceedToValidation();
		this.history.record(quote, Kind.SUMMARY_READ, null);
		return quote;
	}

}
