package fr.openip.myopenip.order.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.openip.myopenip.order.domain.Conversation;
import fr.openip.myopenip.order.domain.ConversationList;
import fr.openip.myopenip.order.domain.ConversationList.ConversationQuery;
import fr.openip.myopenip.order.domain.ConversationRow;
import fr.openip.myopenip.order.domain.Conversations;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.Pager;

/**
 * Conversations with the order desk: the list (unread first to the eye), one conversation
 * with its messages, and starting, answering, changing the contact of and closing one. A
 * refused message comes back with what was typed and why (400).
 */
@Controller
@RequestMapping("/conversations")
class ConversationController {

	private static final int PAGE_SIZE = 25;

	private final ConversationList list;

	private final Conversations conversations;

	ConversationController(ConversationList list, Conversations conversations) {
		this.list = list;
		this.conversations = conversations;
	}

	@GetMapping
	String list(@ModelAttribute("query") ConversationQuery query, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Page<ConversationRow> results = this.list.page(query, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("conversations", results);
		model.addAttribute("unread", this.conversations.unread(results.getContent()));
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("countLimit", 1_000L);
		model.addAttribute("states", Conversation.State.values());
		return "order/conversations";
	}

	/** "Démarrer une conversation" about an order, from its OC's tab. */
	@PostMapping
	String start(@RequestParam(required = false) Long orderId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String message, @RequestParam(required = false) Long offerId,
			RedirectAttributes redirect) {
		try {
			if (orderId == null) {
				throw new BusinessRuleException("conversation.error.order");
			}
			Conversation started = this.conversations.start(orderId, subject, message);
			redirect.addFlashAttribute("successKey", "conversation.started");
			redirect.addFlashAttribute("successArgument", started.getSubject());
			return "redirect:/conversations/" + started.getId();
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("conversationError", refused.getMessageKey());
			redirect.addFlashAttribute("conversationErrorArguments", refused.getArguments());
			redirect.addFlashAttribute("typedSubject", subject);
			redirect.addFlashAttribute("typedMessage", message);
			return offerId == null ? "redirect:/conversations"
					: "redirect:/contracted-offers/" + offerId + "/conversations";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var thread = this.conversations.read(id);
		model.addAttribute("conversation", thread.conversation());
		model.addAttribute("messages", thread.messages());
		return "order/conversation";
	}

	@PostMapping("/{id}/messages")
	String reply(@PathVariable long id, @RequestParam(required = false) String message, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.conversations.reply(id, message);
			redirect.addFlashAttribute("successKey", "conversation.sent");
			return "redirect:/conversations/" + id + "#reply";
		}
		catch (BusinessRuleException refused) {
			return refused(id, model, response, refused, message);
		}
	}

	@PostMapping("/{id}/contact")
	String contact(@PathVariable long id, @RequestParam(required = false) String email, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.conversations.changeContact(id, email);
			redirect.addFlashAttribute("successKey", "conversation.contactChanged");
			redirect.addFlashAttribute("successArgument", email);
			return "redirect:/conversations/" + id;
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("typedEmail", email);
			return refused(id, model, response, refused, null);
		}
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		this.conversations.close(id);
		redirect.addFlashAttribute("successKey", "conversation.closed");
		return "redirect:/conversations/" + id;
	}

	private String refused(long id, Model model, HttpServletResponse response, BusinessRuleException refused,
			String typed) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("conversationError", refused.getMessageKey());
		model.addAttribute("conversationErrorArguments", refused.getArguments());
		model.addAttribute("typedMessage", typed);
		return show(id, model);
	}

}
