package fr.openip.myopenip.dashboard.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openip.myopenip.dashboard.DashboardPermissions;
import fr.openip.myopenip.dashboard.SalesFigures;
import fr.openip.myopenip.dashboard.SalesFigures.Sales;
import fr.openip.myopenip.order.OrderFigures;
import fr.openip.myopenip.order.OrderFigures.AgeGroup;
import fr.openip.myopenip.order.OrderFigures.DeskFigures;
import fr.openip.myopenip.order.OrderFigures.MonthlyRevenue;
import fr.openip.myopenip.quote.QuoteFigures.Pipeline;
import fr.openip.myopenip.shared.web.Formats;

/**
 * "Tableau de bord": for each role its part — the order desk's figures, a reseller's
 * sales (the operator's staff: every reseller's, or one's) — each chart an SVG with its
 * title and every value written, and its table beside it. Who may see both parts (the
 * operator's staff) reads one at a time, in two tabs: the sales first.
 */
@Controller
class DashboardController {

	/** How far ahead the engagements ending are listed, in days. */
	static final int ENDING_WITHIN_DAYS = 90;

	/** How many of them are listed at most. */
	static final int ENDING_LISTED = 20;

	/** The {@code view} that shows the order desk's part to who may see both. */
	static final String DESK_VIEW = "desk";

	private final OrderFigures orders;

	private final SalesFigures sales;

	private final DashboardPermissions permissions;

	private final MessageSource messages;

	private final Formats formats;

	DashboardController(OrderFigures orders, SalesFigures sales, DashboardPermissions permissions,
			MessageSource messages, Formats formats) {
		this.orders = orders;
		this.sales = sales;
		this.permissions = permissions;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/dashboard")
	String show(@RequestParam(required = false) Long reseller, @RequestParam(required = false) String view,
			Authentication user, Model model, Locale locale) {
		boolean desk = this.permissions.canSeeTheDesk(user);
		boolean sales = this.permissions.canSeeSales(user);
		if (desk && sales) {
			// both parts: one tab at a time, any other view than the desk's is the sales'
			desk = DESK_VIEW.equals(view);
			sales = !desk;
			model.addAttribute("tabs", true);
		}
		if (desk) {
			DeskFigures figures = this.orders.desk();
			model.addAttribute("desk", figures);
			model.addAttribute("openBars",
					Bar.scaled(figures.openByState()
						.entrySet()
						.stream()
						.map((entry) -> new Bar.Value(word("order.state." + entry.getKey(), locale),
								String.valueOf(entry.getValue()), BigDecimal.valueOf(entry.getValue())))
						.toList()));
			model.addAttribute("backlogBars",
					Bar.scaled(figures.backlog()
						.stream()
						.map((group) -> new Bar.Value(ageLabel(group, locale), String.valueOf(group.orders()),
								BigDecimal.valueOf(group.orders())))
						.toList()));
			model.addAttribute("onTimeBars",
					Bar.scaled(figures.onTime()
						.stream()
						.map((offer) -> new Bar.Value(offer.offerName(), offer.percent() + " %",
								BigDecimal.valueOf(offer.percent())))
						.toList()));
		}
		if (sales) {
			Sales figures = this.sales.read(this.permissions.canSeeEveryReseller(user), reseller, ENDING_WITHIN_DAYS,
					ENDING_LISTED);
			model.addAttribute("partners", figures.partners());
			model.addAttribute("reseller", figures.reseller());
			List<MonthlyRevenue> revenue = figures.revenue();
			DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
			model.addAttribute("revenue", revenue);
			model.addAttribute("revenueBars",
					Bar.scaled(revenue.stream()
						.map((row) -> new Bar.Value(row.month().format(month), this.formats.euros(row.revenue()),
								row.revenue()))
						.toList()));
			model.addAttribute("marginBars", Bar.scaled(revenue.stream()
				.map((row) -> new Bar.Value(row.month().format(month), this.formats.euros(row.margin()), row.margin()))
				.toList()));
			model.addAttribute("pipeline", figures.pipeline());
			model.addAttribute("pipelineBars", Bar.scaled(pipelineValues(figures.pipeline(), locale)));
			model.addAttribute("ending", figures.ending());
			model.addAttribute("endingWithin", ENDING_WITHIN_DAYS);
		}
		return "dashboard/dashboard";
	}

	private List<Bar.Value> pipelineValues(Pipeline pipeline, Locale locale) {
		List<Bar.Value> values = new ArrayList<>();
		for (int step = 0; step < pipeline.drafts().length; step++) {
			values.add(value(word("dashboard.pipeline.step" + (step + 1), locale), pipeline.drafts()[step]));
		}
		values.add(value(word("dashboard.pipeline.SENT", locale), pipeline.sent()));
		values.add(value(word("dashboard.pipeline.VALIDATED", locale), pipeline.validated()));
		values.add(value(word("dashboard.pipeline.REFUSED", locale), pipeline.refused()));
		return values;
	}

	private static Bar.Value value(String label, long count) {
		return new Bar.Value(label, String.valueOf(count), BigDecimal.valueOf(count));
	}

	private String ageLabel(AgeGroup group, Locale locale) {
		return group.upTo() == null
				? this.messages.getMessage("dashboard.age.more", new Object[] { group.from() - 1 }, locale)
				: this.messages.getMessage("dashboard.age.range", new Object[] { group.from(), group.upTo() }, locale);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
