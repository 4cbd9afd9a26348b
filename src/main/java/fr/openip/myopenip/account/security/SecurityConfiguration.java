package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.domain.SecurityJournal;

import jakarta.servlet.DispatcherType;

import fr.openip.myopenip.shared.web.RequestLoggingFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import fr.openip.myopenip.shared.Role;
import java.util.List;
import fr.openip.myopenip.shared.web.SecurityRules;

/**
 * Who may reach what: each feature's URL rules ({@link SecurityRules}, asking its
 * permission policy), then admin pages need ADMIN and every other page a logged-in user.
 * Which rows a user sees is the tenant filter's business.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ProviderManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher eventPublisher) {
		var manager = new ProviderManager(new EntryCheckingAuthenticationProvider(users, passwordEncoder));
		manager.setAuthenticationEventPublisher(eventPublisher);
		return manager;
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/**
	 * Where the CSRF token is kept between the form and its post: a cookie, no session.
	 */
	public static CookieCsrfTokenRepository csrfTokens() {
		return new CookieCsrfTokenRepository();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, ProviderManager authenticationManager,
			SecurityJournal journal, List<SecurityRules> features) throws Exception {
		http.authenticationManager(authenticationManager).authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				.requestMatchers("/login", "/error", "/static/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll();
			features.forEach((feature) -> feature.authorize(requests));
			// Deny by default: an administration page no feature claimed is for admins
			requests.requestMatchers("/admin/**").hasRole(Role.ADMIN.name()).anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.authenticationDetailsSource(LoginDetails::new)
				.failureUrl("/login?error")
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(errors -> errors.accessDeniedHandler(new JournalingAccessDeniedHandler(journal)))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			// an anonymous visit (the login page, a signing link, a page before login)
			// writes no
			// session row: the CSRF token and the page asked before login ride in cookies
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.addFilterAfter(new RequestLoggingFilter(), SecurityContextHolderFilter.class)
			.addFilterAfter(new CsrfTokenLoadingFilter(), CsrfFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

}
