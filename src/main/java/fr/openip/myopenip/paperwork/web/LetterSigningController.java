package fr.openip.myopenip.paperwork.web;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

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

import fr.openip.myopenip.paperwork.TerminationLetters;
import fr.openip.myopenip.paperwork.TerminationLetters.Link;
import fr.openip.myopenip.paperwork.TerminationLetters.LinkState;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.shared.web.Refusals;
import fr.openip.myopenip.shared.web.SigningAnswer;

/**
 * A termination letter's signing page, public, reached by the link of its mail: the
 * letter's PDF, "Signer" (name) or "Refuser" (reason). Any other link — used, past the
 * termination's date, replaced, altered — gets a page that says which, and changes
 * nothing.
 */
@Controller
@RequestMapping("/termination-letters/{token}")
class LetterSigningController {

	private final TerminationLetters letters;

	LetterSigningController(TerminationLetters letters) {
		this.letters = letters;
	}

	@GetMapping
	ModelAndView show(@PathVariable String token, Model model) {
		model.addAttribute("form", new SigningAnswer());
		return page(this.letters.open(token), token, model);
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		return this.letters.pdf(token)
			.map((content) -> PdfDocuments.response(content, "lettre-de-resiliation.pdf", true))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/accept")
	ModelAndView accept(@PathVariable String token, @ModelAttribute("form") SigningAnswer form, BindingResult result,
			Model model, HttpServletRequest request) {
		return answer(token, result, model, "accepted", () -> this.letters.sign(token, form.getSignerName(),
				request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
	}

	@PostMapping("/refuse")
	ModelAndView refuse(@PathVariable String token, @ModelAttribute("form") SigningAnswer form, BindingResult result,
			Model model, HttpServletRequest request) {
		return answer(token, result, model, "refused", () -> this.letters.refuse(token, form.getReason(),
				request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
	}

	private ModelAndView answer(String token, BindingResult result, Model model, String outcome,
			Supplier<LinkState> action) {
		Optional<LinkState> state = Refusals.obtain(result, action);
		if (state.isEmpty()) {
			return page(this.letters.open(token), token, model);
		}
		if (state.get() != LinkState.VALID) {
			return closed(state.get(), model);
		}
		model.addAttribute("outcome", outcome);
		return new ModelAndView("paperwork/letter-answered", model.asMap());
	}

	private ModelAndView page(Link link, String token, Model model) {
		if (link.state() != LinkState.VALID) {
			return closed(link.state(), model);
		}
		model.addAttribute("letter", link.letter());
		model.addAttribute("token", token);
		return new ModelAndView("paperwork/letter-signing", model.asMap());
	}

	/** A link used or past is gone (410); one never given is not found. */
	private static ModelAndView closed(LinkState state, Model model) {
		model.addAttribute("state", state);
		return new ModelAndView("paperwork/letter-closed", model.asMap(),
				state == LinkState.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
	}

}
