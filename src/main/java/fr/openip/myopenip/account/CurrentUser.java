package fr.openip.myopenip.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user of the current request, for services that must know who acts and for which
 * tenant.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<PortalUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static PortalUser get() {
		return find().orElseThrow(() -> new IllegalStateException("No logged-in user"));
	}

}
