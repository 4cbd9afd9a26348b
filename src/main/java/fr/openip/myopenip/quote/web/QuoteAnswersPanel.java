package fr.openip.myopenip.quote.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.quote.QuotePermissions;
import fr.openip.myopenip.quote.domain.QuoteAnswers;
import fr.openip.myopenip.quote.domain.QuoteStatus;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.HomePanel;

/**
 * On the home page, "Réponses de vos clients": the quotes the clients signed or refused
 * in the last 30 days (a reseller's own, by the tenant filter).
 */
@Component
class QuoteAnswersPanel implements HomePanel {

	private static final int SHOWN = 5;

	private final QuoteAnswers answers;

	private final QuotePermissions permissions;

	private final Formats formats;

	QuoteAnswersPanel(QuoteAnswers answers, QuotePermissions permissions, Formats formats) {
		this.answers = answers;
		this.permissions = permissions;
		this.formats = formats;
	}

	@Override
	public Optional<Panel> panelFor(Authentication user) {
		if (!this.permissions.canEdit(user)) {
			return Optional.empty();
		}
		List<Line> lines = this.answers.since(Duration.ofDays(30), SHOWN)
			.stream()
			.map((quote) -> new Line(
					quote.getStatus() == QuoteStatus.VALIDATED ? "home.quoteSigned" : "home.quoteRefused",
					new Object[] { quote.getReference(), quote.getDecidedBy(),
							this.formats.dateTime(quote.getDecidedAt()) },
					"/quotes/" + quote.getId()))
			.toList();
		return lines.isEmpty() ? Optional.empty() : Optional.of(new Panel("quote-answers", "home.quoteAnswers", lines));
	}

}
