package fr.openip.myopenip.company.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * What hangs from a company (sites, billing points, contacts): it belongs to the
 * company's tenant, copied in {@code owner_id} when it is created.
 */
@MappedSuperclass
public abstract class OwnedByTenant extends TenantOwned {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id", updatable = false)
	private Company company;

	protected OwnedByTenant() {
	}

	protected OwnedByTenant(Company company) {
		super(company.getOwnerId());
		this.company = company;
	}

	public Company getCompany() {
		return this.company;
	}

}
