package fr.openip.myopenip.quote.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.quote.domain.QuoteEvent.Kind;
import fr.openip.myopenip.shared.Actors;

/**
 * "Historique de création du devis": every change of a quote is written here, in the
 * caller's transaction, with the user who made it.
 */
@Component
public class QuoteHistory {

	private final QuoteEventRepository events;

	QuoteHistory(QuoteEventRepository events) {
		this.events = events;
	}

	public void record(Quote quote, Kind kind, String detail) {
		record(quote, kind, currentUser(), detail);
	}

	public void record(Quote quote, Kind kind, String actor, String detail) {
		this.events.save(new QuoteEvent(quote, kind, actor, detail));
	}

	@Transactional(readOnly = true)
	public List<QuoteEvent> of(long quoteId) {
		return this.events.findByQuote(quoteId);
	}

	static String currentUser() {
		return Actors.current();
	}

}
