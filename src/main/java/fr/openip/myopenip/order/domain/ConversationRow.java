package fr.openip.myopenip.order.domain;

import java.time.Instant;

import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A line of the conversations' list: Pilote ADV, Commande, Création, Dernier échange,
 * Dernier intervenant, Sujet, État.
 */
public record ConversationRow(long id, String advPilot, long orderId, String orderNumber, Instant createdAt,
		Instant lastMessageAt, String lastAuthor, String subject, Conversation.State state,
		long contractedOfferId) implements ListRow, Conversations.Unreadable {

	static final ListRows<ConversationRow> ROWS = ListRows.of(ConversationRow.class,
			"new fr.openip.myopenip.order.domain.ConversationRow(c.id, o.advPilot, c.orderId, c.orderNumber,"
					+ " c.createdAt, c.lastMessageAt, c.lastAuthor, c.subject, c.state, c.contractedOfferId)",
			"left join CustomerOrder o on o.id = c.orderId");

}
