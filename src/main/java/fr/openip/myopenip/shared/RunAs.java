package fr.openip.myopenip.shared;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Work done as a given user outside any request (the demo data, as its users would do
 * it): the user's authentication for the work's length, then the one there was before.
 */
public final class RunAs {

	private RunAs() {
	}

	public static <T> T user(UserDetailsService users, String username, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
