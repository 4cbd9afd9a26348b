package fr.openip.myopenip.company.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.TenantFilter;
import org.hibernate.annotations.Filter;

/**
 * One change of a company or of what hangs from it: who, when, what. Written once.
 */
@Entity
@Table(name = "company_history")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.OWNED_CONDITION)
public class HistoryEntry {

	/** What changed. */
	public enum Subject {

		COMPANY, SITE, BILLING_POINT, CONTACT, FILE

	}

	/** How it changed. */
	public enum Action {

		CREATED, UPDATED, STATE_CHANGED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long companyId;

	@Column(updatable = false)
	private Long ownerId;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Subject subject;

	@Column(updatable = false)
	private Long subjectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Action action;

	@Column(updatable = false)
	private String detail;

	protected HistoryEntry() {
	}

	HistoryEntry(Company company, String actor, Subject subject, Long subjectId, Action action, String detail) {
		this.companyId = company.getId();
		this.ownerId = company.getOwnerId();
		this.occurredAt = PortalClock.now();
		this.actor = actor;
		this.subject = subject;
		this.subjectId = subjectId;
		this.action = action;
		this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public Subject getSubject() {
		return this.subject;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public Action getAction() {
		return this.action;
	}

	public String getDetail() {
		return this.detail;
	}

}
