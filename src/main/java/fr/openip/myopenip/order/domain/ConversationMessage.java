package fr.openip.myopenip.order.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.TenantOwned;

/** A message of a conversation: its author, its side, its text, when. */
@Entity
@Table(name = "conversation_message")
public class ConversationMessage extends TenantOwned {

	private long conversationId;

	private String author;

	private boolean fromDesk;

	private String body;

	protected ConversationMessage() {
	}

	ConversationMessage(Conversation conversation, String author, boolean fromDesk, String body) {
		super(conversation.getOwnerId());
		this.conversationId = conversation.getId();
		this.author = author;
		this.fromDesk = fromDesk;
		this.body = body;
	}

	public long getConversationId() {
		return this.conversationId;
	}

	public String getAuthor() {
		return this.author;
	}

	public boolean isFromDesk() {
		return this.fromDesk;
	}

	public String getBody() {
		return this.body;
	}

}
