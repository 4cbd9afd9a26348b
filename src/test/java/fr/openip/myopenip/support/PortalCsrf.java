package fr.openip.myopenip.support;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

import fr.openip.myopenip.account.security.SecurityConfiguration;

/**
 * Puts back the CSRF repository the portal is configured with: a MockMvc test's
 * {@code csrf()} (same context, same filter) swaps the filter's repository for a test one
 * kept in the session, which production never does. Tests over real HTTP call it first.
 */
public final class PortalCsrf {

	private PortalCsrf() {
	}

	public static void restore(FilterChainProxy filters) {
		filters.getFilterChains()
			.forEach((chain) -> chain.getFilters()
				.stream()
				.filter(CsrfFilter.class::isInstance)
				.forEach((filter) -> ReflectionTestUtils.setField(filter, "tokenRepository",
						SecurityConfiguration.csrfTokens())));
	}

}
