package fr.openip.myopenip.shared;

import java.util.Arrays;

import org.springframework.security.core.Authentication;

/**
 * What a user may do in the portal (SPEC §1). Every feature's permission policy asks it;
 * nothing else names a role.
 */
public enum Role {

	/** "Revendeur": staff of a reseller, sees only its own clients. */
	RESELLER,
	/** "MB / Opérateur": the operator's sales staff. */
	OPERATOR,
	/** The operator's order desk. */
	ADV,
	/** Account administrators. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether this user holds one of these roles; false for nobody. */
	public static boolean any(Authentication authentication, Role... roles) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		return authentication.getAuthorities()
			.stream()
			.anyMatch((granted) -> Arrays.stream(roles)
				.anyMatch((role) -> role.authority().equals(granted.getAuthority())));
	}

}
