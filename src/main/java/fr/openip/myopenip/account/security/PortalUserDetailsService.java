package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.PortalUser;
import fr.openip.myopenip.account.domain.UserAccountRepository;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.shared.TenantFilter;

/**
 * Loads the account that logs in. This is the portal's own work: it reads the account and
 * its company in a transaction of its own, not scoped to whoever may still be logged in
 * on this request.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Companies companies;

	private final Clock clock;

	private final TransactionTemplate ownReadOnlyTransaction;

	PortalUserDetailsService(UserAccountRepository accounts, Companies companies, Clock clock,
			PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.companies = companies;
		this.clock = clock;
		this.ownReadOnlyTransaction = new TransactionTemplate(transactions);
		this.ownReadOnlyTransaction.setReadOnly(true);
		this.ownReadOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Optional<PortalUser> user = TenantFilter.asThePortal(
				() -> this.ownReadOnlyTransaction.execute(status -> this.accounts.findByUsername(username)
					.map(account -> new PortalUser(account,
							this.companies.partner(account.getCompanyId()).orElseThrow(),
							account.isLockedAt(this.clock.instant())))));
		return user.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
