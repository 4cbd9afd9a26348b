package fr.openip.myopenip.quote.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteAttachment;
import fr.openip.myopenip.quote.domain.QuoteEnvelopes;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.quote.domain.QuotePdf;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.quote.domain.QuoteVersionsView;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.shared.web.ActionForm;
import fr.openip.myopenip.shared.web.Refusals;

/**
 * Step 3 of a quote: "Editer le devis (en pdf)", the comment, "Pièces jointes" /
 * "Insérer", "Poursuivre"; and two versions side by side. Step 4:
 * {@link QuoteValidationController}.
 */
@Controller
@RequestMapping("/quotes/{id}")
class QuoteStepsController {

	private final QuoteBasket basket;

	private final QuoteSummary summary;

	private final QuotePdf pdf;

	private final QuoteVersionsView versions;

	private final QuotePage page;

	private final QuoteEnvelopes envelopes;

	QuoteStepsController(QuoteBasket basket, QuoteSummary summary, QuotePdf pdf, QuoteVersionsView versions,
			QuotePage page, QuoteEnvelopes envelopes) {
		this.envelopes = envelopes;
		this.basket = basket;
		this.summary = summary;
		this.pdf = pdf;
		this.versions = versions;
		this.page = page;
	}

	/** "Editer le devis (en pdf)": client prices only. */
	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Quote quote = this.basket.get(id);
		return PdfDocuments.response(this.pdf.render(quote), quote.getNumber() + "-" + quote.getQuoteVersion() + ".pdf",
				true);
	}

	/** The envelope the client signed: the quote, its forms, the certificate; sealed. */
	@GetMapping("/envelope")
	ResponseEntity<byte[]> envelope(@PathVariable long id) {
		Quote quote = this.basket.get(id);
		return PdfDocuments.response(this.envelopes.get(quote.getId()),
				"enveloppe-" + quote.getNumber() + "-" + quote.getQuoteVersion() + ".pdf", false);
	}

	@PostMapping("/comment")
	String comment(@PathVariable long id, @ModelAttribute("summaryForm") CommentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "#summary",
				() -> this.summary.comment(id, form.versionOrUnknown(), form.getComment()), "quote.commented");
	}

	/** "Insérer": a PDF of at most 20 MB. */
	@PostMapping("/attachments")
	String attach(@PathVariable long id, @ModelAttribute("attachmentsForm") AttachmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			Refusals.reject(result, new BusinessRuleException("quote.error.attachmentMissing"));
		}
		return act(id, result, model, redirect, "#attachments",
				() -> this.summary.attach(id, file.getOriginalFilename(), PdfDocuments.bytesOf(file)),
				"quote.attached");
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		QuoteAttachment attachment = this.summary.attachment(id, attachmentId);
		return PdfDocuments.response(attachment.getContent(), attachment.getFilename(), false);
	}

	@PostMapping("/attachments/{attachmentId}/remove")
	String detach(@PathVariable long id, @PathVariable long attachmentId,
			@ModelAttribute("attachmentsForm") ActionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return act(id, result, model, redirect, "#attachments", () -> this.summary.detach(id, attachmentId),
				"quote.detached");
	}

	/** Step 3's "Poursuivre". */
	@PostMapping("/proceed")
	String proceed(@PathVariable long id, @ModelAttribute("summaryForm") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return act(id, result, model, redirect, "#validation", () -> this.summary.proceed(id, form.versionOrUnknown()),
				"quote.summaryRead");
	}

	/** Two versions of the same quote, line by line. */
	@GetMapping("/compare/{otherId}")
	String compare(@PathVariable long id, @PathVariable long otherId, Model model) {
		Quote one = this.basket.get(id);
		Quote other = this.basket.get(otherId);
		if (!one.getNumber().equals(other.getNumber())) {
			throw new NotFoundException("Quote", otherId);
		}
		Quote earlier = one.getQuoteVersion() < other.getQuoteVersion() ? one : other;
		Quote later = earlier == one ? other : one;
		model.addAttribute("earlier", earlier);
		model.addAttribute("later", later);
		model.addAttribute("changes", this.versions.compare(earlier, later));
		model.addAttribute("earlierTotals", this.summary.totals(earlier));
		model.addAttribute("laterTotals", this.summary.totals(later));
		return "quote/compare";
	}

	/**
	 * Runs an action, then shows the quote it leaves (the next version, maybe); a refusal
	 * shows the quote again with the message above the block it concerns.
	 */
	private String act(long id, BindingResult result, Model model, RedirectAttributes redirect, String anchor,
			Supplier<Quote> action, String doneKey) {
		Optional<Quote> quote = Refusals.obtain(result, action);
		if (quote.isEmpty()) {
			return this.page.show(model, this.basket.get(id));
		}
		redirect.addFlashAttribute("successKey", doneKey);
		redirect.addFlashAttribute("successArgument", quote.get().getReference());
		return "redirect:/quotes/" + quote.get().getId() + anchor;
	}

}
