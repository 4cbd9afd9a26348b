package fr.openip.myopenip.order.domain;

import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * The conversations' list, the latest exchange first, by état and order number.
 */
@Component
public class ConversationList {

	private static final Map<String, String> ORDER = Map.of("lastMessageAt", "c.lastMessageAt");

	private final Lists lists;

	ConversationList(Lists lists) {
		this.lists = lists;
	}

	/** The filters; any may be null. */
	public record ConversationQuery(Conversation.State state, String order) {
	}

	@Transactional(readOnly = true)
	public Page<ConversationRow> page(ConversationQuery query, int page, int size) {
		long tenant = TenantFilter.currentTenant();
		ListQuery list = ListQuery.from("Conversation", "c")
			.where("c.ownerId = :owner", "owner", tenant == TenantFilter.ALL ? null : Long.valueOf(tenant))
			.where("c.state = :state", "state", query.state())
			.where("c.orderNumber = :order", "order",
					query.order() == null ? null : query.order().trim().toUpperCase(Locale.ROOT))
			.orderBy(ORDER, "lastMessageAt", false);
		return this.lists.page(list, ConversationRow.ROWS, page, size, 1_000);
	}

}
