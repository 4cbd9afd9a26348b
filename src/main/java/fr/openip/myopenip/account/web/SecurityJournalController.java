package fr.openip.myopenip.account.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import fr.openip.myopenip.account.domain.SecurityEvent;
import fr.openip.myopenip.account.domain.SecurityEventType;
import fr.openip.myopenip.account.domain.SecurityJournal;
import fr.openip.myopenip.shared.web.Pager;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins read the security journal.
 */
@Controller
class SecurityJournalController {

	private static final int PAGE_SIZE = 50;

	private final SecurityJournal journal;

	SecurityJournalController(SecurityJournal journal) {
		this.journal = journal;
	}

	@GetMapping("/admin/security-events")
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) SecurityEventType type,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<SecurityEvent> events = this.journal.search(username, type, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("events", events);
		model.addAttribute("pager", Pager.of(events, request));
		model.addAttribute("types", Arrays.asList(SecurityEventType.values()));
		model.addAttribute("username", username);
		model.addAttribute("type", type);
		return "account/security-events";
	}

}
