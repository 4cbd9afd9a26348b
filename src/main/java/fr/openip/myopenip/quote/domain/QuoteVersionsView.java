package fr.openip.myopenip.quote.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.PortalClock;

/**
 * The versions of a quote number ("DEV000095225/1", "/2"…), the earlier ones read-only,
 * and what changed between two of them.
 */
@Service
public class QuoteVersionsView {

	/** A version as the page lists it. */
	public record VersionRow(long id, String reference, QuoteStatus status, int step) {
	}

	/** A product of either version, with its quantities in each (0: absent). */
	public record LineChange(String section, String productName, int before, int after,
			java.math.BigDecimal monthlyBefore, java.math.BigDecimal monthlyAfter) {

		public boolean changed() {
			return this.before != this.after || this.monthlyBefore.compareTo(this.monthlyAfter) != 0;
		}

	}

	private final QuoteRepository quotes;

	private final Clock clock;

	QuoteVersionsView(QuoteRepository quotes, Clock clock) {
		this.quotes = quotes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<VersionRow> of(String number) {
		return this.quotes.findVersions(number)
			.stream()
			.map((quote) -> new VersionRow(quote.getId(), quote.getReference(), quote.getStatus(), quote.getStep()))
			.toList();
	}

	/**
	 * Line by line, what {@code later} changed of {@code earlier} (two versions of one
	 * number).
	 */
	@Transactional(readOnly = true)
	public List<LineChange> compare(Quote earlier, Quote later) {
		java.util.Map<Long, LineChange> changes = new java.util.LinkedHashMap<>();
		earlier.getLines()
			.forEach((line) -> changes.put(line.getProductId(), new LineChange(line.getSection(), line.getProductName(),
					line.getQuantity(), 0, line.getMonthlyTotal(), java.math.BigDecimal.ZERO.setScale(2))));
		later.getLines().forEach((line) -> {
			LineChange before = changes.get(line.getProductId());
			changes.put(line.getProductId(),
					new LineChange(line.getSection(), line.getProductName(), before == null ? 0 : before.before(),
							line.getQuantity(),
							before == null ? java.math.BigDecimal.ZERO.setScale(2) : before.monthlyBefore(),
							line.getMonthlyTotal()));
		});
		return List.copyOf(changes.values());
	}

	public LocalDate today() {
		return PortalClock.today(this.clock);
	}

}
