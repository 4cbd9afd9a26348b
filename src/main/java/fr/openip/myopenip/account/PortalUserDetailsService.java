package fr.openip.myopenip.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account that logs in.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	PortalUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(account -> new PortalUser(account, account.isLockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
