package fr.openip.myopenip.shared.web;

import java.util.function.Predicate;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The URLs of one feature and who may reach them, each rule asking the feature's
 * permission policy: the URL security, the templates and the menus ask the same policy.
 * The security configuration applies every feature's rules, then lets any other page to a
 * logged-in user.
 */
@FunctionalInterface
public interface SecurityRules {

	void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	/** An authorization that asks a permission of the feature's policy. */
	static AuthorizationManager<RequestAuthorizationContext> allow(Predicate<Authentication> permission) {
		return (authentication, context) -> new AuthorizationDecision(permission.test(authentication.get()));
	}

}
