package fr.openip.myopenip.account;

import fr.openip.myopenip.account.domain.UserAccount;
import fr.openip.myopenip.account.domain.UserAccountRepository;

import java.util.concurrent.atomic.AtomicInteger;

import fr.openip.myopenip.company.Companies;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import fr.openip.myopenip.shared.Role;

/**
 * Creates throw-away accounts for tests that lock, disable or reset them, so the demo
 * accounts stay usable by every other test.
 */
@Component
public class TestAccounts {

	static final String PASSWORD = "Secret2026Pass";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserAccountRepository accounts;

	private final Companies companies;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transaction;

	TestAccounts(UserAccountRepository accounts, Companies companies, PasswordEncoder encoder,
			TransactionTemplate transaction) {
		this.accounts = accounts;
		this.companies = companies;
		this.encoder = encoder;
		this.transaction = transaction;
	}

	/** A new reseller of "Alpha Télécom", with {@link #PASSWORD}. */
	public UserAccount newReseller() {
		return newAccount(Role.RESELLER, "Alpha Télécom");
	}

	/**
	 * A new reseller of the partner company {@code companyName}, with {@link #PASSWORD}.
	 */
	public UserAccount newResellerOf(String companyName) {
		return newAccount(Role.RESELLER, companyName);
	}

	UserAccount newAccount(Role role, String companyName) {
		long company = this.companies.partners()
			.stream()
			.filter(candidate -> candidate.name().equals(companyName))
			.findFirst()
			.orElseThrow()
			.id();
		String username = "test" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;
		return this.transaction.execute(status -> this.accounts.save(new UserAccount(username, username + "@test.fr",
				"Test", "Utilisateur", role, company, this.encoder.encode(PASSWORD), false)));
	}

	UserAccount reload(UserAccount account) {
		return this.accounts.findById(account.getId()).orElseThrow();
	}

	void unlockNow(UserAccount account) {
		this.transaction.executeWithoutResult(status -> this.accounts.findById(account.getId())
			.orElseThrow()
			.recordSuccessfulLogin(java.time.Instant.now()));
	}

}
