package fr.openip.myopenip.quote.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openip.myopenip.quote.domain.QuoteList;
import fr.openip.myopenip.quote.domain.QuoteList.QuoteQuery;
import fr.openip.myopenip.quote.domain.QuoteRow;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "E-boutique → Mes devis": the list with the guide's filters and columns, and its
 * export. A quote's basket: {@link QuoteBasketController}; its sites and contacts:
 * {@link QuoteSitesController}; its later steps: {@link QuoteStepsController}.
 */
@Controller
@RequestMapping("/quotes")
class QuoteController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final QuoteList quotes;

	private final QuotePage page;

	private final MessageSource messages;

	private final Formats formats;

	QuoteController(QuoteList quotes, QuotePage page, MessageSource messages, Formats formats) {
		this.quotes = quotes;
		this.page = page;
		this.messages = messages;
		this.formats = formats;
	}

	@ModelAttribute("steps")
	List<Integer> steps() {
		return List.of(1, 2, 3, 4);
	}

	@GetMapping
	String list(@ModelAttribute("query") QuoteQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = sorting(request);
		Page<QuoteRow> results = this.quotes.page(query, sorting.key(), sorting.ascending(), Math.max(page, 0),
				PAGE_SIZE);
		model.addAttribute("quotes", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", QuoteList.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("partners", this.page.partnerNames(results.map(QuoteRow::ownerId).getContent()));
		model.addAttribute("salesReps", this.quotes.salesReps());
		return "quote/list";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("query") QuoteQuery query, HttpServletRequest request,
			Locale locale) {
		Sorting sorting = sorting(request);
		List<QuoteRow> rows = this.quotes.all(query, sorting.key(), sorting.ascending(), EXPORT_LIMIT);
		Map<Long, String> partners = this.page.partnerNames(rows.stream().map(QuoteRow::ownerId).toList());
		List<String> headers = List
			.of("quote.number", "quote.client", "quote.city", "quote.offers", "quote.createdAt", "quote.step",
					"quote.partners", "quote.salesRep", "quote.setupTotal", "quote.monthlyTotal")
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		return CsvExport.of("devis.csv", headers, rows,
				(quote) -> List.of(quote.reference(), quote.clientName(), nullToEmpty(quote.clientCity()),
						quote.offerName(), this.formats.date(quote.createdAt()), quote.step(),
						nullToEmpty(partners.get(quote.ownerId())), quote.createdBy(),
						this.formats.euros(quote.setupTotal()), this.formats.euros(quote.monthlyTotal())));
	}

	/** Newest first unless the user sorts otherwise. */
	private static Sorting sorting(HttpServletRequest request) {
		Sorting sorting = Sorting.of(request, QuoteList.SORT_KEYS, "createdAt");
		if (request.getParameter("sort") == null) {
			return new Sorting(sorting.key(), false, sorting.url());
		}
		return sorting;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
