package fr.openip.myopenip.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the freshly loaded account in the session after the user changed it (e.g. their
 * password).
 */
@Component
class SessionPrincipalRefresher {

	private final UserDetailsService users;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SessionPrincipalRefresher(UserDetailsService users) {
		this.users = users;
	}

	void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails fresh = this.users.loadUserByUsername(username);
		if (fresh instanceof CredentialsContainer credentials) {
			credentials.eraseCredentials();
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
