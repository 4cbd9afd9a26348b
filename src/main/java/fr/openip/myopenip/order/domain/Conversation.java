package fr.openip.myopenip.order.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * A conversation about an order between the reseller and the order desk: its subject, its
 * état ("En cours", "Clôturée"), the reseller's contact who hears of the desk's answers,
 * and what its lists show of its last exchange.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends TenantOwned {

	/** "En cours" or "Clôturée". */
	public enum State {

		OPEN, CLOSED

	}

	private long orderId;

	private String orderNumber;

	private long contractedOfferId;

	private String subject;

	@Enumerated(EnumType.STRING)
	private State state = State.OPEN;

	private String contactEmail;

	private String startedBy;

	private Instant lastMessageAt;

	private String lastAuthor;

	private int messages;

	protected Conversation() {
	}

	Conversation(CustomerOrder order, String subject, String contactEmail, String author, Instant now) {
		super(order.getOwnerId());
		this.orderId = order.getId();
		this.orderNumber = order.getNumber();
		this.contractedOfferId = order.getContractedOfferId();
		this.subject = subject;
		this.contactEmail = contactEmail;
		this.startedBy = author;
		this.lastMessageAt = now;
		this.lastAuthor = author;
	}

	void said(String author, Instant at) {
		if (this.state == State.CLOSED) {
			throw new BusinessRuleException("conversation.error.closed");
		}
		this.lastAuthor = author;
		this.lastMessageAt = at;
		this.messages++;
		touch();
	}

	void contact(String email) {
		if (this.state == State.CLOSED) {
			throw new BusinessRuleException("conversation.error.closed");
		}
		this.contactEmail = email;
		touch();
	}

	void close() {
		this.state = State.CLOSED;
		touch();
	}

	public long getOrderId() {
		return this.orderId;
	}

	public String getOrderNumber() {
		return this.orderNumber;
	}

	public long getContractedOfferId() {
		return this.contractedOfferId;
	}

	public String getSubject() {
		return this.subject;
	}

	public State getState() {
		return this.state;
	}

	public boolean isOpen() {
		return this.state == State.OPEN;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public Instant getLastMessageAt() {
		return this.lastMessageAt;
	}

	public String getLastAuthor() {
		return this.lastAuthor;
	}

	public int getMessages() {
		return this.messages;
	}

}
