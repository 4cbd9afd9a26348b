package fr.openip.myopenip.quote.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.SalesForms.FormDocument;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.shared.pdf.PdfSeal;

/**
 * One envelope, one signature: what the client signed — the quote's PDF and every form's,
 * as sent — bound in one PDF after a certificate of completion (who signed, when, from
 * where, with what, and each document's SHA-256), then sealed by the portal (a PAdES
 * signature that any PDF reader verifies and that breaks if a byte changes).
 */
@Service
public class QuoteEnvelopes {

	/**
	 * A document of the envelope, as the certificate of completion lists it: the quote
	 * ({@code type} none, {@code name} its reference) or a form (its type, its product
	 * and unit if any).
	 */
	public record Signed(FormType type, String name, int unit, String sha256, int pages) {
	}

	private final QuoteEnvelopeRepository envelopes;

	private final PdfDocuments pdf;

	private final PdfSeal seal;

	private final MessageSource messages;

	QuoteEnvelopes(QuoteEnvelopeRepository envelopes, PdfDocuments pdf, PdfSeal seal, MessageSource messages) {
		this.messages = messages;
		this.envelopes = envelopes;
		this.pdf = pdf;
		this.seal = seal;
	}

	/**
	 * Seals the envelope of a quote the client has just signed, in the caller's
	 * transaction.
	 */
	void seal(Quote quote, QuoteSignature signature, Instant signedAt, QuoteDocument quotePdf,
			List<FormDocument> forms) {
		List<byte[]> contents = new ArrayList<>();
		List<Signed> documents = new ArrayList<>();
		contents.add(quotePdf.getContent());
		documents.add(new Signed(null, quote.getReference(), 0, quotePdf.getSha256(),
				PdfDocuments.pages(quotePdf.getContent())));
		for (FormDocument form : forms) {
			contents.add(form.content());
			documents.add(new Signed(form.type(), form.productName(), form.unit(), form.sha256(),
					PdfDocuments.pages(form.content())));
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("quote", quote);
		variables.put("signature", signature);
		variables.put("signedAt", signedAt);
		variables.put("documents", documents);
		variables.put("sealedBy", this.seal.certificate().getSubjectX500Principal().getName());
		variables.put("sealSerial", this.seal.certificate().getSerialNumber().toString(16));
		contents.add(this.pdf.render("completion", variables));
		byte[] sealed = this.seal.seal(PdfDocuments.merge(contents),
				this.messages.getMessage("envelope.sealReason", new Object[] { quote.getReference() }, Locale.FRENCH));
		this.envelopes.save(new QuoteEnvelope(quote, sealed));
	}

	/** The sealed envelope of a quote the client signed. */
	@Transactional(readOnly = true)
	public Optional<byte[]> of(long quoteId) {
		return this.envelopes.findByQuote(quoteId).map(QuoteEnvelope::getContent);
	}

	/** Whether the client signed the quote's envelope. */
	@Transactional(readOnly = true)
	public boolean exists(long quoteId) {
		return this.envelopes.existsForQuote(quoteId);
	}

	/** The sealed envelope, or 404. */
	@Transactional(readOnly = true)
	public byte[] get(long quoteId) {
		return of(quoteId).orElseThrow(() -> new NotFoundException("QuoteEnvelope", quoteId));
	}

}
