package fr.openip.myopenip.paperwork.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormState;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.paperwork.TerminationLetters;
import fr.openip.myopenip.paperwork.domain.SalesForm;
import fr.openip.myopenip.paperwork.domain.SalesFormList;
import fr.openip.myopenip.paperwork.domain.SalesFormList.FormQuery;
import fr.openip.myopenip.paperwork.domain.SalesFormRow;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "Formulaires": the list of the forms of the user's sales, a form's page and its
 * completion; refused, the page says why beside the field.
 */
@Controller
@RequestMapping("/forms")
class SalesFormController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final SalesFormList list;

	private final SalesForms forms;

	private final TerminationLetters letters;

	private final MessageSource messages;

	private final Formats formats;

	SalesFormController(SalesFormList list, SalesForms forms, TerminationLetters letters, MessageSource messages,
			Formats formats) {
		this.letters = letters;
		this.messages = messages;
		this.formats = formats;
		this.list = list;
		this.forms = forms;
	}

	@GetMapping
	String list(@ModelAttribute("query") FormQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Sorting sorting = Sorting.of(request, SalesFormList.SORT_KEYS, "createdAt");
		// newest first until the user sorts
		boolean ascending = request.getParameter("sort") != null && sorting.ascending();
		Page<SalesFormRow> results = this.list.page(query, sorting.key(), ascending, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("forms", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", SalesFormList.COUNT_LIMIT);
		model.addAttribute("sorting", sorting);
		model.addAttribute("types", Arrays.asList(FormType.values()));
		model.addAttribute("states", Arrays.asList(FormState.values()));
		return "paperwork/list";
	}

	/** The list as filtered and sorted, as CSV (at most {@value #EXPORT_LIMIT} lines). */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@ModelAttribute("query") FormQuery query, HttpServletRequest request, Locale locale) {
		Sorting sorting = Sorting.of(request, SalesFormList.SORT_KEYS, "createdAt");
		boolean ascending = request.getParameter("sort") != null && sorting.ascending();
		List<SalesFormRow> rows = this.list.all(query, sorting.key(), ascending, EXPORT_LIMIT);
		List<String> headers = List
			.of("form.type", "form.state", "form.quote", "form.client", "form.product", "form.createdAt",
					"form.completedAt", "form.decidedAt")
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		return CsvExport.of("formulaires.csv", headers, rows,
				(form) -> List.of(this.messages.getMessage("form.type." + form.type(), null, locale),
						this.messages.getMessage("form.state." + form.state(), null, locale), form.quoteNumber(),
						form.clientName(),
						form.productName() == null ? ""
								: this.messages.getMessage("form.unitOf",
										new Object[] { form.productName(), form.unit() }, locale),
						this.formats.dateTime(form.createdAt()),
						form.completedAt() == null ? "" : this.formats.dateTime(form.completedAt()),
						form.decidedAt() == null ? "" : this.formats.dateTime(form.decidedAt())));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		SalesForm form = this.forms.get(id);
		model.addAttribute("salesForm", form);
		if (!model.containsAttribute("completion")) {
			model.addAttribute("completion", CompletionForm.of(form));
		}
		return "paperwork/form";
	}

	@PostMapping("/{id}")
	String complete(@PathVariable long id, @ModelAttribute("completion") CompletionForm completion,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<SalesForm> done = Refusals.obtain(result,
				() -> this.forms.complete(id, completion.versionOrUnknown(), completion.fields()));
		if (done.isEmpty()) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "form.completed");
		redirect.addFlashAttribute("successArgument", done.get().getQuoteNumber());
		return "redirect:/forms/" + id;
	}

	/**
	 * A termination letter: "Envoyer au client pour signature" (again: a new link, the
	 * previous one void).
	 */
	@PostMapping("/{id}/send")
	String send(@PathVariable long id, @ModelAttribute("completion") CompletionForm completion, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<String> sentTo = Refusals.obtain(result,
				() -> this.letters.send(id, completion.versionOrUnknown()).email());
		if (sentTo.isEmpty()) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "letter.sent");
		redirect.addFlashAttribute("successArgument", sentTo.get());
		return "redirect:/forms/" + id;
	}

	/** A signed termination letter: "Lettre signée (PDF scellé)". */
	@GetMapping("/{id}/sealed")
	ResponseEntity<byte[]> sealed(@PathVariable long id) {
		return PdfDocuments.response(this.letters.sealed(id), "lettre-de-resiliation-" + id + ".pdf", false);
	}

}
