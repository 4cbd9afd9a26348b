package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.mail.MailProperties;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.TenantPrincipal;

/**
 * Conversations about an order (guide 000, "Démarrer / Consulter une conversation",
 * "Modifier un contact d'une conversation en cours"): a reseller or the order desk starts
 * one with a subject and a first message; each message tells the other side by mail — the
 * order desk's address, or the reseller's contact — and is read as unread until opened.
 */
@Service
public class Conversations {

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_MESSAGE = 5000;

	/** A conversation and its messages, oldest first. */
	public record Thread(Conversation conversation, List<ConversationMessage> messages) {
	}

	private final ConversationRepository conversations;

	private final CustomerOrderRepository orders;

	private final ConversationMessageRepository messages;

	private final MailOutbox outbox;

	private final MailProperties mail;

	private final Clock clock;

	Conversations(ConversationRepository conversations, ConversationMessageRepository messages,
			CustomerOrderRepository orders, MailOutbox outbox, MailProperties mail, Clock clock) {
		this.conversations = conversations;
		this.messages = messages;
		this.orders = orders;
		this.outbox = outbox;
		this.mail = mail;
		this.clock = clock;
	}

	/** "Démarrer une conversation" about one of the user's orders. */
	@Transactional
	public Conversation start(long orderId, String subject, String body) {
		String title = text(subject, MAX_SUBJECT, "conversation.error.subject");
		String message = text(body, MAX_MESSAGE, "conversation.error.message");
		CustomerOrder order = this.orders.findById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
		String author = OrderDesk.currentUser();
		String contact = fromDesk() ? order.getResellerEmail() : currentEmail(order.getResellerEmail());
		Conversation conversation = this.conversations
			.saveAndFlush(new Conversation(order, title, contact, author, this.clock.instant()));
		say(conversation, author, message);
		return conversation;
	}

	/** A reply, from either side, to a conversation "En cours". */
	@Transactional
	public Conversation reply(long id, String body) {
		String message = text(body, MAX_MESSAGE, "conversation.error.message");
		Conversation conversation = locked(id);
		say(conversation, OrderDesk.currentUser(), message);
		return conversation;
	}

	/**
	 * "Modifier le contact" of a conversation "En cours": who hears of the desk's
	 * answers.
	 */
	@Transactional
	public Conversation changeContact(long id, String email) {
		String address = email == null ? "" : email.strip();
		if (address.length() > MAX_SUBJECT || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new BusinessRuleException("conversation.error.contact");
		}
		Conversation conversation = locked(id);
		conversation.contact(address);
		return conversation;
	}

	/** "Clôturer": nothing more is said in it. */
	@Transactional
	public Conversation close(long id) {
		Conversation conversation = locked(id);
		conversation.close();
		return conversation;
	}

	/** The conversation and its messages; the user has now read them. */
	@Transactional
	public Thread read(long id) {
		Conversation conversation = this.conversations.findById(id)
			.orElseThrow(() -> new NotFoundException("Conversation", id));
		this.conversations.markRead(conversation.getOwnerId(), id, OrderDesk.currentUser(), this.clock.instant());
		return new Thread(conversation, this.conversations.findMessages(id));
	}

	@Transactional(readOnly = true)
	public List<ConversationRow> ofOffer(long offerId) {
		return this.conversations.findByOffer(offerId);
	}

	@Transactional(readOnly = true)
	public long countOfOffer(long offerId) {
		return this.conversations.countByOffer(offerId);
	}

	/**
	 * Which of these conversations have a message the current user has not read (one
	 * statement).
	 */
	@Transactional(readOnly = true)
	public Set<Long> unread(Collection<? extends Unreadable> conversations) {
		if (conversations.isEmpty()) {
			return Set.of();
		}
		String me = OrderDesk.currentUser();
		Map<Long, Instant> readAt = new HashMap<>();
		this.conversations.findReadAt(me, conversations.stream().map(Unreadable::id).toList())
			.forEach((row) -> readAt.put(((Number) row[0]).longValue(), (Instant) row[1]));
		return conversations.stream()
			.filter((conversation) -> !me.equals(conversation.lastAuthor()))
			.filter((conversation) -> !readAt.containsKey(conversation.id())
					|| conversation.lastMessageAt().isAfter(readAt.get(conversation.id())))
			.map(Unreadable::id)
			.collect(Collectors.toSet());
	}

	/** What tells whether a conversation has news for a user. */
	public interface Unreadable {

		long id();

		String lastAuthor();

		Instant lastMessageAt();

	}

	private void say(Conversation conversation, String author, String message) {
		Instant now = this.clock.instant();
		boolean desk = fromDesk();
		conversation.said(author, now);
		this.conversations.saveAndFlush(conversation);
		this.conversations.markRead(conversation.getOwnerId(), conversation.getId(), author, now);
		saveMessage(conversation, author, desk, message);
		String to = desk ? conversation.getContactEmail() : this.mail.orderDesk();
		if (to != null && !to.isBlank()) {
			this.outbox.queueMessage(to, "conversation.mail", conversation.getOrderNumber(), conversation.getSubject(),
					author, message, this.mail.portalUrl(), String.valueOf(conversation.getId()));
		}
	}

	private void saveMessage(Conversation conversation, String author, boolean desk, String message) {
		this.messages.save(new ConversationMessage(conversation, author, desk, message));
	}

	private Conversation locked(long id) {
		return this.conversations.findForUpdate(id).orElseThrow(() -> new NotFoundException("Conversation", id));
	}

	private static boolean fromDesk() {
		return TenantFilter.currentTenant() == TenantFilter.ALL;
	}

	private static String currentEmail(String otherwise) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.getPrincipal() instanceof TenantPrincipal principal && principal.getEmail() != null) {
			return principal.getEmail();
		}
		return otherwise;
	}

	private static String text(String value, int max, String messageKey) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > max) {
			throw new BusinessRuleException(messageKey, max);
		}
		return text;
	}

}
