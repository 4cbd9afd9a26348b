package fr.openip.myopenip.quote.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients' latest answers to the quotes sent to them. */
@Service
public class QuoteAnswers {

	private final QuoteRepository quotes;

	private final Clock clock;

	QuoteAnswers(QuoteRepository quotes, Clock clock) {
		this.quotes = quotes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Quote> since(Duration age, int most) {
		return this.quotes.findClientAnswersSince(this.clock.instant().minus(age), Limit.of(most));
	}

}
