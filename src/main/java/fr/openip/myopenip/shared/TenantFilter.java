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

	private static final ThreadLocal<Boolean> PORTAL_WORK = new ThreadLocal<>();

	@Override
	public Long get() {
		return currentTenant();
	}

	/**
	 * Runs work the portal does for itself, whoever is logged in on this thread: finding
	 * the account of a user who logs in, say, while another user's authentication is
	 * still in the session. What it reads through sessions and connections opened inside
	 * is not scoped.
	 */
	public static <T> T asThePortal(Supplier<T> work) {
		boolean outermost = PORTAL_WORK.get() == null;
		PORTAL_WORK.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (outermost) {
				PORTAL_WORK.remove();
			}
		}
	}

	/**
	 * The tenant of the user logged in on this thread. Finding it may load the user's
	 * session from the database (a deferred security context): that reading is the
	 * portal's own work, so the connections it takes are not scoped in turn.
	 */
	public static long currentTenant() {
		if (PORTAL_WORK.get() != null) {
			return ALL;
		}
		Authentication authentication = asThePortal(() -> SecurityContextHolder.getContext().getAuthentication());
		if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal
				&& principal.isTenantRestricted()) {
			return principal.getCompanyId();
		}
		return ALL;
	}

}
