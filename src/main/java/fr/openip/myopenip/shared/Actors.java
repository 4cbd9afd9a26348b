package fr.openip.myopenip.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who a history line names: the logged-in user, or the portal itself ("système"). */
public final class Actors {

	private Actors() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "système" : authentication.getName();
	}

	/** Where the logged-in user reads the portal's mail; null for the portal itself. */
	public static String currentEmail() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof TenantPrincipal principal ? principal.getEmail() : null;
	}

}
