package fr.openip.myopenip.quote.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openip.myopenip.quote.domain.QuoteSigning;
import fr.openip.myopenip.quote.domain.QuoteSigning.Link;
import fr.openip.myopenip.quote.domain.QuoteSigning.LinkState;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * The client's signing page, public, reached by the link of its mail: the quote at client
 * prices and its PDF, "Signer" (name) or "Refuser" (reason). Any other link — used,
 * expired, replaced, altered — gets a page that says which, and changes nothing.
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
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		Link link = this.signing.open(token);
		return page(link, token, model, response);
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		return this.signing.pdf(token)
			.map((content) -> PdfDocuments.response(content, "devis.pdf", true))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/accept")
	String accept(@PathVariable String token, @RequestParam(required = false) String signerName, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			LinkState state = this.signing.accept(token, signerName, request.getRemoteAddr(),
					request.getHeader(HttpHeaders.USER_AGENT));
			return answered(state, "accepted", model, response);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("acceptError", refused.getMessageKey());
			model.addAttribute("signerName", signerName);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(this.signing.open(token), token, model, response);
		}
	}

	@PostMapping("/refuse")
	String refuse(@PathVariable String token, @RequestParam(required = false) String reason, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			LinkState state = this.signing.refuse(token, reason, request.getRemoteAddr(),
					request.getHeader(HttpHeaders.USER_AGENT));
			return answered(state, "refused", model, response);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("refuseError", refused.getMessageKey());
			model.addAttribute("reason", reason);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(this.signing.open(token), token, model, response);
		}
	}

	private String answered(LinkState state, String outcome, Model model, HttpServletResponse response) {
		if (state != LinkState.VALID) {
			return closed(state, model, response);
		}
		model.addAttribute("outcome", outcome);
		return "quote/signed";
	}

	private String page(Link link, String token, Model model, HttpServletResponse response) {
		if (link.state() != LinkState.VALID) {
			return closed(link.state(), model, response);
		}
		model.addAttribute("quote", link.quote());
		model.addAttribute("totals", this.summary.totals(link.quote()));
		model.addAttribute("token", token);
		return "quote/signing";
	}

	private static String closed(LinkState state, Model model, HttpServletResponse response) {
		model.addAttribute("state", state);
		response.setStatus(state == LinkState.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
		return "quote/link-closed";
	}

}
