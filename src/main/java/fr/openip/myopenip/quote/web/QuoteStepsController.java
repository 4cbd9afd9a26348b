package fr.openip.myopenip.quote.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteAttachment;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.quote.domain.QuotePdf;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.quote.domain.QuoteValidation;
import fr.openip.myopenip.quote.domain.QuoteVersionsView;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * Steps 3 and 4 of a quote: "Editer le devis (en pdf)", the comment, "Pièces jointes" /
 * "Insérer", "Poursuivre"; then "Notifier le client pour validation", "Valider le devis
 * pour le compte du client", "Validation finale de la commande"; and two versions side by
 * side.
 */
@Controller
@RequestMapping("/quotes/{id}")
class QuoteStepsController {

	private final QuoteBasket basket;

	private final QuoteSummary summary;

	private final QuoteValidation validation;

	private final QuotePdf pdf;

	private final QuoteVersionsView versions;

	private final QuotePage page;

	QuoteStepsController(QuoteBasket basket, QuoteSummary summary, QuoteValidation validation, QuotePdf pdf,
			QuoteVersionsView versions, QuotePage page) {
		this.basket = basket;
		this.summary = summary;
		this.validation = validation;
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

	@PostMapping("/comment")
	String comment(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, model, response, redirect, "summaryError", "#summary",
				() -> done(this.summary.comment(id, orStale(version), comment), "quote.commented", redirect));
	}

	/** "Insérer": a PDF of at most 20 MB. */
	@PostMapping("/attachments")
	String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, model, response, redirect, "attachmentsError", "#attachments", () -> {
			if (file == null || file.isEmpty()) {
				throw new BusinessRuleException("quote.error.attachmentMissing");
			}
			try {
				return done(this.summary.attach(id, file.getOriginalFilename(), file.getBytes()), "quote.attached",
						redirect);
			}
			catch (IOException ex) {
				throw new BusinessRuleException("file.error.notPdf");
			}
		});
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		QuoteAttachment attachment = this.summary.attachment(id, attachmentId);
		return PdfDocuments.response(attachment.getContent(), attachment.getFilename(), false);
	}

	@PostMapping("/attachments/{attachmentId}/remove")
	String detach(@PathVariable long id, @PathVariable long attachmentId, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, model, response, redirect, "attachmentsError", "#attachments",
				() -> done(this.summary.detach(id, attachmentId), "quote.detached", redirect));
	}

	/** Step 3's "Poursuivre". */
	@PostMapping("/proceed")
	String proceed(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, model, response, redirect, "summaryError", "#validation",
				() -> done(this.summary.proceed(id, orStale(version)), "quote.summaryRead", redirect));
	}

	@PostMapping("/notify")
	String notifyClient(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, model, response, redirect, "validationError", "#validation", () -> {
			String recipient = this.validation.notifyClient(id, orStale(version));
			redirect.addFlashAttribute("successKey", "quote.sent");
			redirect.addFlashAttribute("successArgument", recipient);
			return id;
		});
	}

	@PostMapping("/validate-for-client")
	String validateForTheClient(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean onBehalf, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(id, model, response, redirect, "validationError", "#validation",
				() -> ordered(this.validation.validateForTheClient(id, orStale(version), onBehalf), id, redirect));
	}

	@PostMapping("/final-validation")
	String finalValidation(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return act(id, model, response, redirect, "validationError", "#validation",
				() -> ordered(this.validation.finalValidation(id, orStale(version)), id, redirect));
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

	private long ordered(OrderView order, long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successKey", "quote.validated");
		redirect.addFlashAttribute("successArgument", order.number());
		return id;
	}

	private static long done(Quote quote, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("successKey", messageKey);
		redirect.addFlashAttribute("successArgument", quote.getReference());
		return quote.getId();
	}

	/**
	 * Runs an action, then shows the quote it leaves (the next version, maybe); a refusal
	 * shows the quote again with the message beside the block it concerns (400), a stale
	 * form says so (409).
	 */
	private String act(long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
			String errorAttribute, String anchor, java.util.function.LongSupplier action) {
		try {
			return "redirect:/quotes/" + action.getAsLong() + anchor;
		}
		catch (BusinessRuleException refused) {
			model.addAttribute(errorAttribute, refused.getMessageKey());
			model.addAttribute(errorAttribute + "Arguments", refused.getArguments());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (OptimisticLockingFailureException conflict) {
			model.addAttribute(errorAttribute, "error.409.text");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return this.page.show(model, this.basket.get(id));
	}

	/** A form without its version is as stale as one with an old version. */
	private static Long orStale(Long version) {
		return version == null ? -1L : version;
	}

}
