package fr.openip.myopenip.account.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the security journal. Written once, never changed.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SecurityEventType type;

	@Column(updatable = false)
	private String username;

	@Column(updatable = false)
	private Long companyId;

	@Column(updatable = false)
	private String ip;

	@Column(updatable = false)
	private String detail;

	protected SecurityEvent() {
	}

	SecurityEvent(Instant occurredAt, SecurityEventType type, String username, Long companyId, String ip,
			String detail) {
		this.occurredAt = occurredAt;
		this.type = type;
		this.username = truncate(username, 100);
		this.companyId = companyId;
		this.ip = truncate(ip, 64);
		this.detail = truncate(detail, 500);
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public SecurityEventType getType() {
		return this.type;
	}

	public String getUsername() {
		return this.username;
	}

	public Long getCompanyId() {
		return this.companyId;
	}

	public String getIp() {
		return this.ip;
	}

	public String getDetail() {
		return this.detail;
	}

}
