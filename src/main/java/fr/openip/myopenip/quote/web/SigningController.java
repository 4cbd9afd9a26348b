package fr.openip.myopenip.quote.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import fr.openip.myopenip.quote.domain.QuoteSigning;
import fr.openip.myopenip.quote.domain.QuoteSigning.Link;
import fr.openip.myopenip.quote.domain.QuoteSigning.LinkState;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.shared.web.SigningAnswer;

/**
 * The client's signing page, public, reached by the link of its mail: the quote at client
 * prices, its PDF and every form's (one envelope), "Signer" (name) once for all or
 * "Refuser" (reason). Any other link — used, expired, replaced, altered — gets a page
 * that says which, and changes nothing.
 */
@Controller
@RequestMapping("/signature/{token}")
class SigningController {

	private final QuoteSigning signing;

	private final QuoteSummary summary;

	SigningController(QuoteSigning signing, QuoteSummary summary) {
		this.signing = signing;
		this.summary = summary;
	}

	@GetMapping
	ModelAndView show(@PathVariable String token, Model model) {
		model.addAttribute("form", new SigningAnswer());
		return page(this.signing.open(token), token, model);
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		return this.signing.pdf(token)
			.map((content) -> PdfDocuments.response(content, "devis.pdf", true))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** A form of the envelope, as sent; none of another quote. */
	@GetMapping("/forms/{formId}")
	ResponseEntity<byte[]> form(@PathVariable String token, @PathVariable long formId) {
		return this.signing.forms(token)
			.stream()
			.filter((form) -> form.id() == formId)
			.findFirst()
			.map((form) -> PdfDocuments.response(form.content(), "formulaire-" + form.id() + ".pdf", true))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/accept")
	ModelAndView accept(@PathVariable String token, @ModelAttribute("form") SigningAnswer form, BindingResult result,
			Model model, HttpServletRequest request) {
		return answer(token, result, model, "accepted", () -> this.signing.accept(token, form.getSignerName(),
				request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
	}

	@PostMapping("/refuse")
	ModelAndView refuse(@PathVariable String token, @ModelAttribute("form") SigningAnswer form, BindingResult result,
			Model model, HttpServletRequest request) {
		return answer(token, result, model, "refused", () -> this.signing.refuse(token, form.getReason(),
				request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
	}

	private ModelAndView answer(String token, BindingResult result, Model model, String outcome,
			Supplier<LinkState> action) {
		Optional<LinkState> state = Refusals.obtain(result, action);
		if (state.isEmpty()) {
			return page(this.signing.open(token), token, model);
		}
		if (state.get() != LinkState.VALID) {
			return closed(state.get(), model);
		}
		model.addAttribute("outcome", outcome);
		return new ModelAndView("quote/signed", model.asMap());
	}

	private ModelAndView page(Link link, String token, Model model) {
		if (link.state() != LinkState.VALID) {
			return closed(link.state(), model);
		}
		model.addAttribute("quote", link.quote());
		model.addAttribute("totals", this.summary.totals(link.quote()));
		model.addAttribute("forms", this.signing.forms(token));
		model.addAttribute("token", token);
		return new ModelAndView("quote/signing", model.asMap());
	}

	/** A link used, expired or replaced is gone (410); one never given is not found. */
	private static ModelAndView closed(LinkState state, Model model) {
		model.addAttribute("state", state);
		return new ModelAndView("quote/link-closed", model.asMap(),
				state == LinkState.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
	}

}
