package fr.openip.myopenip.quote.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.quote.domain.QuoteLifeCycle.Move;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;

/**
 * The quote a change applies to: the quote itself while it is being built; once sent (or
 * refused), its next version ("DEV…/2"), the earlier one replaced and read-only, its
 * signing link void. A validated or replaced quote changes no more.
 */
@Component
class QuoteVersions {

	private final QuoteRepository quotes;

	private final QuoteAttachmentRepository attachments;

	private final QuoteHistory history;

	private final Clock clock;

	private final SalesForms forms;

	QuoteVersions(QuoteRepository quotes, QuoteAttachmentRepository attachments, QuoteHistory history, SalesForms forms,
			Clock clock) {
		this.forms = forms;
		this.quotes = quotes;
		this.attachments = attachments;
		this.history = history;
		this.clock = clock;
	}

	Quote get(long id) {
		Quote quote = this.quotes.findWithLinesById(id).orElseThrow(() -> new NotFoundException("Quote", id));
		if (quote.isAmendment()) {
			// an amendment's page shows the units it takes away: read while the session
			// is open
			quote.getRemovals().size();
		}
		return quote;
	}

	/**
	 * The quote to change, given the version of the form ({@code null}: not checked).
	 */
	Quote editable(long id, Long expectedVersion) {
		Quote quote = get(id);
		if (expectedVersion != null && quote.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Quote.class, id);
		}
		if (QuoteLifeCycle.of(quote.getStatus()).contains(Move.CHANGE)) {
			return quote;
		}
		Quote next = quote.nextVersion(today());
		// the earlier version leaves the live index before the next one enters it
		this.quotes.saveAndFlush(quote);
		this.quotes.saveAndFlush(next);
		quote.replacedBy(next.getId());
		this.attachments.findByQuote(quote.getId())
			.forEach((attachment) -> this.attachments.save(new QuoteAttachment(next, attachment.getFilename(),
					attachment.getContent(), attachment.getSha256(), attachment.getCreatedBy())));
		this.history.record(next, Kind.NEW_VERSION, quote.getReference());
		this.forms.newVersion(quote.getNumber(), next.getId());
		return next;
	}

	LocalDate today() {
		return PortalClock.today(this.clock);
	}

}
