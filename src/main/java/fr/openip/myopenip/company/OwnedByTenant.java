package fr.openip.myopenip.company;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import fr.openip.myopenip.shared.TenantFilter;
import org.hibernate.annotations.Filter;

/**
 * What hangs from a company (sites, billing points, contacts): it belongs to the
 * company's tenant, copied in {@code owner_id} so that the tenant filter needs no join.
 */
@MappedSuperclass
@Filter(name = TenantFilter.NAME, condition = TenantFilter.OWNED_CONDITION)
public abstract class OwnedByTenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id", updatable = false)
	private Company company;

	@Column(updatable = false)
	private Long ownerId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected OwnedByTenant() {
	}

	protected OwnedByTenant(Company company) {
		this.company = company;
		this.ownerId = company.getOwnerId();
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	protected void touch() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Company getCompany() {
		return this.company;
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
