package fr.openip.myopenip.shared;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one mechanism that scopes tenant-owned data. Every entity owned by a reseller
 * carries the Hibernate filter {@value #NAME}, enabled in every session and applied to
 * loads by id too, whose parameter is given here: the reseller's company for a reseller,
 * {@link #ALL} for the operator's staff and for work done by the portal itself (start-up,
 * scheduled jobs). A query of a reseller thus never returns another reseller's rows, and
 * another tenant's id loads nothing (404).
 */
public class TenantFilter implements Supplier<Long> {

	/** Name of the filter and of its parameter. */
	public static final String NAME = "tenant";

	/** The parameter value that lets every row through. */
	public static final long ALL = -1L;

	/** Condition for a company: itself, or a company it brought. */
	public static final String COMPANY_CONDITION = "(:tenant = -1 or id = :tenant or referent_id = :tenant)";

	/** Condition for a row owned by a tenant through its {@code owner_id} column. */
	public static final String OWNED_CONDITION = "(:tenant = -1 or owner_id = :tenant)";

	@Override
	public Long get() {
		return currentTenant();
	}

	public static long currentTenant() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal
				&& principal.isTenantRestricted()) {
			return principal.getCompanyId();
		}
		return ALL;
	}

}
