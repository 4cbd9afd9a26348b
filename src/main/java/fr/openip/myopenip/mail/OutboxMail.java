package fr.openip.myopenip.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An e-mail the portal sends. Kept whether or not it could be sent.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

	static final int MAX_ATTEMPTS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private String recipient;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(nullable = false, updatable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailStatus status;

	private int attempts;

	private Instant sentAt;

	private String lastError;

	@Version
	private long version;

	protected OutboxMail() {
	}

	OutboxMail(String recipient, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
		this.status = MailStatus.PENDING;
	}

	void markSent(Instant now) {
		this.attempts++;
		this.status = MailStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
	}

	void markFailedAttempt(String error) {
		this.attempts++;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		if (this.attempts >= MAX_ATTEMPTS) {
			this.status = MailStatus.FAILED;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public MailStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public String getLastError() {
		return this.lastError;
	}

}
