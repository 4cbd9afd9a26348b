package fr.openip.myopenip.dashboard;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.PartnerView;
import fr.openip.myopenip.order.OrderFigures;
import fr.openip.myopenip.order.OrderFigures.EndingEngagement;
import fr.openip.myopenip.order.OrderFigures.MonthlyRevenue;
import fr.openip.myopenip.quote.QuoteFigures;
import fr.openip.myopenip.quote.QuoteFigures.Pipeline;
import fr.openip.myopenip.shared.NotFoundException;

/**
 * The sales part of the "Tableau de bord" read at once: the partners to choose from (who
 * may see every reseller), the recurring revenue and margin, the pipeline of quotes and
 * the engagements ending soon — in one read-only transaction, so one connection and one
 * snapshot serve the whole page.
 */
@Service
@Transactional(readOnly = true)
public class SalesFigures {

	private final OrderFigures orders;

	private final QuoteFigures quotes;

	private final Companies companies;

	SalesFigures(OrderFigures orders, QuoteFigures quotes, Companies companies) {
		this.orders = orders;
		this.quotes = quotes;
		this.companies = companies;
	}

	/**
	 * A reseller's sales figures. {@code everyReseller}: the reader may see every
	 * reseller's, then {@code reseller} chooses one (an unknown id is not found) or none
	 * (every reseller's); otherwise the reader's own, whatever it asks.
	 */
	public Sales read(boolean everyReseller, Long reseller, int endingWithinDays, int endingListed) {
		List<PartnerView> partners = null;
		Long chosen = null;
		if (everyReseller) {
			partners = this.companies.partners();
			if (reseller != null) {
				chosen = partners.stream()
					.filter((partner) -> partner.id() == reseller)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Partner", reseller))
					.id();
			}
		}
		return new Sales(partners, chosen, this.orders.revenue(chosen), this.quotes.pipeline(chosen),
				this.orders.endingEngagements(chosen, endingWithinDays, endingListed));
	}

	/**
	 * The figures of one reseller ({@code reseller}), or every reseller's (null);
	 * {@code partners}: whom the reader may choose, null when it reads its own.
	 */
	public record Sales(List<PartnerView> partners, Long reseller, List<MonthlyRevenue> revenue, Pipeline pipeline,
			List<EndingEngagement> ending) {
	}

}
