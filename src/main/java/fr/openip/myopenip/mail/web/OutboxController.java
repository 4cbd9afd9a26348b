package fr.openip.myopenip.mail.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.mail.MailStatus;
import fr.openip.myopenip.mail.OutboxMail;
import fr.openip.myopenip.shared.web.Pager;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins read the outbox: every e-mail the portal sent or will send.
 */
@Controller
class OutboxController {

	private static final int PAGE_SIZE = 25;

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(@RequestParam(required = false) String recipient, @RequestParam(required = false) MailStatus status,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<OutboxMail> mails = this.outbox.search(recipient, status, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("mails", mails);
		model.addAttribute("pager", Pager.of(mails, request));
		model.addAttribute("statuses", Arrays.asList(MailStatus.values()));
		model.addAttribute("recipient", recipient);
		model.addAttribute("status", status);
		return "mail/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("mail", this.outbox.get(id));
		return "mail/detail";
	}

}
