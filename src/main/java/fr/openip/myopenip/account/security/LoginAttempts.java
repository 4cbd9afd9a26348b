package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.PortalUser;
import fr.openip.myopenip.account.domain.SecurityEventType;
import fr.openip.myopenip.account.domain.SecurityJournal;
import fr.openip.myopenip.account.domain.UserAccountRepository;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import fr.openip.myopenip.shared.AsThePortal;

/**
 * Counts wrong passwords and locks an account after too many in a row; journals every
 * login.
 */
@AsThePortal
@Component
class LoginAttempts {

	private final UserAccountRepository accounts;

	private final SecurityJournal journal;

	private final SecurityProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	LoginAttempts(UserAccountRepository accounts, SecurityJournal journal, SecurityProperties properties, Clock clock,
			MeterRegistry meters) {
		this.accounts = accounts;
		this.journal = journal;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			this.accounts.findById(user.getId())
				.ifPresent(account -> account.recordSuccessfulLogin(this.clock.instant()));
			this.journal.record(SecurityEventType.LOGIN_SUCCESS, user.getUsername(), user.getCompanyId(), null);
		}
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		var account = this.accounts.findByUsername(username).orElse(null);
		Long companyId = account == null ? null : account.getCompanyId();
		String reason = event.getException().getClass().getSimpleName();
		// what an operator alerts on: myopenip_logins_refused_total{reason="credentials"}
		// rising
		// is someone guessing; "locked", an account under attack or a user stuck
		Counter.builder("myopenip.logins.refused")
			.description("Logins refused, by reason")
			.tag("reason", refusal(event.getException()))
			.register(this.meters)
			.increment();
		this.journal.record(SecurityEventType.LOGIN_FAILURE, username, companyId, reason);
		if (account == null || event.getException() instanceof LockedException) {
			return;
		}
		boolean lockedNow = account.recordFailedLogin(this.clock.instant(), this.properties.maxFailedAttempts(),
				this.properties.lockDuration());
		if (lockedNow) {
			this.journal.record(SecurityEventType.ACCOUNT_LOCKED, account.getUsername(), companyId,
					"until " + account.getLockedUntil());
		}
	}

	private static String refusal(AuthenticationException refused) {
		if (refused instanceof BadCredentialsException) {
			return "credentials";
		}
		if (refused instanceof LockedException) {
			return "locked";
		}
		return refused instanceof DisabledException ? "disabled" : "other";
	}

	@EventListener
	public void onLogout(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PortalUser user) {
			this.journal.record(SecurityEventType.LOGOUT, user.getUsername(), user.getCompanyId(), null);
		}
	}

}
