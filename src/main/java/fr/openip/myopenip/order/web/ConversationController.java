package fr.openip.myopenip.order.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
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

import fr.openip.myopenip.order.domain.Conversation;
import fr.openip.myopenip.order.domain.ConversationList;
import fr.openip.myopenip.order.domain.ConversationList.ConversationQuery;
import fr.openip.myopenip.order.domain.ConversationRow;
import fr.openip.myopenip.order.domain.Conversations;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.web.Refusals;
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
		if (!model.containsAttribute("conversationForm")) {
			model.addAttribute("conversationForm", new ConversationForm());
		}
		return "order/conversations";
	}

	/** "Démarrer une conversation" about an order, from its OC's tab. */
	@PostMapping
	String start(@ModelAttribute("conversationForm") ConversationForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (form.getOrderId() == null) {
			Refusals.reject(result, new BusinessRuleException("conversation.error.order"));
		}
		Optional<Conversation> started = Refusals.obtain(result,
				() -> this.conversations.start(form.getOrderId(), form.getSubject(), form.getMessage()));
		if (started.isEmpty()) {
			Refusals.keep(result, redirect);
			return form.getOfferId() == null ? "redirect:/conversations"
					: "redirect:/contracted-offers/" + form.getOfferId() + "/conversations";
		}
		redirect.addFlashAttribute("successKey", "conversation.started");
		redirect.addFlashAttribute("successArgument", started.get().getSubject());
		return "redirect:/conversations/" + started.get().getId();
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var thread = this.conversations.read(id);
		model.addAttribute("conversation", thread.conversation());
		model.addAttribute("messages", thread.messages());
		if (!model.containsAttribute("conversationForm")) {
			model.addAttribute("conversationForm", new ConversationForm());
		}
		return "order/conversation";
	}

	@PostMapping("/{id}/messages")
	String reply(@PathVariable long id, @ModelAttribute("conversationForm") ConversationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!Refusals.attempt(result, () -> this.conversations.reply(id, form.getMessage()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "conversation.sent");
		return "redirect:/conversations/" + id + "#reply";
	}

	@PostMapping("/{id}/contact")
	String contact(@PathVariable long id, @ModelAttribute("conversationForm") ConversationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!Refusals.attempt(result, () -> this.conversations.changeContact(id, form.getEmail()))) {
			return show(id, model);
		}
		redirect.addFlashAttribute("successKey", "conversation.contactChanged");
		redirect.addFlashAttribute("successArgument", form.getEmail());
		return "redirect:/conversations/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		this.conversations.close(id);
		redirect.addFlashAttribute("successKey", "conversation.closed");
		return "redirect:/conversations/" + id;
	}

}
