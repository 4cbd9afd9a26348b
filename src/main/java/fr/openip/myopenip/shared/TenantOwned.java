package fr.openip.myopenip.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * The base of every entity a reseller owns: its tenant in {@code owner_id} (so that the
 * tenant filter needs no join, and PostgreSQL's row-level security guards the table, see
 * migration V5's {@code myopenip_owned_by_tenant}), when it was created and last changed,
 * and the version that detects concurrent edits.
 */
@MappedSuperclass
// the tenant filter is defined here, in shared, for every module's entities (a company,
// an
// order, a licence…): enabled in every session and applied to loads by id too
@FilterDef(name = TenantFilter.NAME, autoEnabled = true, applyToLoadByKey = true,
		parameters = @ParamDef(name = TenantFilter.NAME, type = Long.class, resolver = TenantFilter.class))
@Filter(name = TenantFilter.NAME, condition = TenantFilter.OWNED_CONDITION)
public abstract class TenantOwned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(updatable = false)
	private Long ownerId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TenantOwned() {
	}

	protected TenantOwned(Long ownerId) {
		this.ownerId = ownerId;
		this.createdAt = PortalClock.now();
		this.updatedAt = this.createdAt;
	}

	/** Records a change. */
	protected void touch() {
		this.updatedAt = PortalClock.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
