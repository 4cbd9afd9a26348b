package fr.openip.myopenip.account.domain;

import fr.openip.myopenip.account.CurrentUser;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import fr.openip.myopenip.company.CompanyEvents;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.PartnerView;
import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.shared.list.Pages;

/**
 * User accounts: what admins do to them, and what a user does to their own password.
 */
@AsThePortal
@Service
public class AccountService {

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final UserAccountRepository accounts;

	private final Companies companies;

	private final PasswordEncoder passwordEncoder;

	private final SecurityJournal journal;

	private final UserSessions sessions;

	private final MailOutbox outbox;

	AccountService(UserAccountRepository accounts, Companies companies, PasswordEncoder passwordEncoder,
			SecurityJournal journal, UserSessions sessions, MailOutbox outbox) {
		this.accounts = accounts;
		this.companies = companies;
		this.passwordEncoder = passwordEncoder;
		this.journal = journal;
		this.sessions = sessions;
		this.outbox = outbox;
	}

	/** Filters of the account list; any may be null. */
	public record AccountFilter(String name, String email, Role role, Long companyId, Boolean active) {
	}

	@Transactional(readOnly = true)
	public Page<UserAccount> search(AccountFilter filter, int page, int size) {
		Specification<UserAccount> spec = (root, query, cb) -> cb.conjunction();
		if (StringUtils.hasText(filter.name())) {
			String pattern = filter.name().trim().toLowerCase(Locale.ROOT) + "%";
			spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("lastName")), pattern),
					cb.like(cb.lower(root.get("firstName")), pattern),
					cb.like(cb.lower(root.get("username")), pattern)));
		}
		if (StringUtils.hasText(filter.email())) {
			String pattern = filter.email().trim().toLowerCase(Locale.ROOT) + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("email")), pattern));
		}
		if (filter.role() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("role"), filter.role()));
		}
		if (filter.companyId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("companyId"), filter.companyId()));
		}
		if (filter.active() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("enabled"), filter.active()));
		}
		return this.accounts.findAll(spec, Pages.of(page, size, Sort.by("lastName", "firstName", "id")));
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	/**
	 * Creates an account with a temporary password, e-mailed to the user, to be changed
	 * at first login.
	 * @return the temporary password, shown once to the admin
	 */
	@Transactional
	public String create(AccountCommand command) {
		if (this.accounts.existsByUsernameIgnoreCase(command.username().trim())) {
			throw BusinessRuleException.onField("username", "account.error.usernameTaken");
		}
		PartnerView company = companyFor(command);
		String temporaryPassword = newTemporaryPassword();
		UserAccount account = this.accounts.save(new UserAccount(command.username().trim(), command.email().trim(),
				command.firstName().trim(), command.lastName().trim(), command.role(), company.id(),
				this.passwordEncoder.encode(temporaryPassword), true));
		this.journal.recordByCurrentUser(SecurityEventType.ACCOUNT_CREATED,
				account.getUsername() + " (" + account.getRole() + ", " + company.name() + ")");
		mailTemporaryPassword(account, temporaryPassword, "mail.account.created");
		return temporaryPassword;
	}

	@Transactional
	public void update(long id, long expectedVersion, AccountCommand command) {
		UserAccount account = get(id);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		PartnerView company = companyFor(command);
		boolean rightsChanged = account.getRole() != command.role() || account.getCompanyId() != company.id();
		account.update(command.email().trim(), command.firstName().trim(), command.lastName().trim(), command.role(),
				company.id());
		this.journal.recordByCurrentUser(SecurityEventType.ACCOUNT_UPDATED,
				account.getUsername() + " (" + account.getRole() + ", " + company.name() + ")");
		if (rightsChanged) {
			this.sessions.endAllOf(account.getUsername());
		}
	}

	@Transactional
	public void disable(long id) {
		UserAccount account = get(id);
		if (CurrentUser.find().map(user -> user.getId() == id).orElse(false)) {
			throw new BusinessRuleException("account.error.disableSelf");
		}
		account.disable();
		this.journal.recordByCurrentUser(SecurityEventType.ACCOUNT_DISABLED, account.getUsername());
		this.sessions.endAllOf(account.getUsername());
	}

	@Transactional
	public void enable(long id) {
		UserAccount account = get(id);
		account.enable();
		this.journal.recordByCurrentUser(SecurityEventType.ACCOUNT_ENABLED, account.getUsername());
	}

	/**
	 * Sets a temporary password, e-mailed to the user; answers it, to show once to the
	 * admin.
	 */
	@Transactional
	public String resetPassword(long id) {
		UserAccount account = get(id);
		String temporaryPassword = newTemporaryPassword();
		account.resetPassword(this.passwordEncoder.encode(temporaryPassword));
		this.journal.recordByCurrentUser(SecurityEventType.PASSWORD_RESET, account.getUsername());
		this.sessions.endAllOf(account.getUsername());
		mailTemporaryPassword(account, temporaryPassword, "mail.account.reset");
		return temporaryPassword;
	}

	/**
	 * The logged-in user changes their own password.
	 * @return message keys of what is wrong; empty when the password was changed
	 */
	@Transactional
	public List<String> changeOwnPassword(long accountId, String currentPassword, String newPassword) {
		UserAccount account = get(accountId);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return List.of("password.error.current");
		}
		List<String> violations = PasswordPolicy.violations(newPassword, account.getUsername());
		if (!violations.isEmpty()) {
			return violations;
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			return List.of("password.error.same");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.journal.record(SecurityEventType.PASSWORD_CHANGED, account.getUsername(), account.getCompanyId(), null);
		return List.of();
	}

	/** A disabled company's users are logged out. */
	@EventListener
	void onCompanyDisabled(CompanyEvents.CompanyDisabled event) {
		this.journal.recordByCurrentUser(SecurityEventType.COMPANY_DISABLED, event.companyId() + " " + event.name());
		this.accounts.findUsernamesByCompanyId(event.companyId()).forEach(this.sessions::endAllOf);
	}

	@EventListener
	void onCompanyEnabled(CompanyEvents.CompanyEnabled event) {
		this.journal.recordByCurrentUser(SecurityEventType.COMPANY_ENABLED, event.companyId() + " " + event.name());
	}

	@EventListener
	void onCompanyCreated(CompanyEvents.CompanyCreated event) {
		this.journal.recordByCurrentUser(SecurityEventType.COMPANY_CREATED,
				event.companyId() + " " + event.name() + " (" + event.universe() + ")");
	}

	@EventListener
	void onCompanyUpdated(CompanyEvents.CompanyUpdated event) {
		this.journal.recordByCurrentUser(SecurityEventType.COMPANY_UPDATED, event.companyId() + " " + event.name());
	}

	private PartnerView companyFor(AccountCommand command) {
		PartnerView company = this.companies.partner(command.companyId())
			.orElseThrow(() -> new NotFoundException("Partner company", command.companyId()));
		if (!roleFitsCompany(command.role(), company.universe())) {
			throw BusinessRuleException.onField("role", "account.error.roleCompany");
		}
		return company;
	}

	/** Resellers belong to a reseller company; the operator's staff to the operator. */
	static boolean roleFitsCompany(Role role, CompanyUniverse universe) {
		return role == Role.RESELLER ? universe == CompanyUniverse.RESELLER || universe == CompanyUniverse.AMBASSADOR
				: universe == CompanyUniverse.OPERATOR;
	}

	private void mailTemporaryPassword(UserAccount account, String temporaryPassword, String key) {
		this.outbox.queueMessage(account.getEmail(), key, account.getFirstName(), account.getUsername(),
				temporaryPassword);
	}

	String newTemporaryPassword() {
		StringBuilder password = new StringBuilder();
		do {
			password.setLength(0);
			for (int i = 0; i < 14; i++) {
				password.append(PASSWORD_ALPHABET.charAt(this.random.nextInt(PASSWORD_ALPHABET.length())));
			}
		}
		while (!PasswordPolicy.violations(password.toString(), null).isEmpty());
		return password.toString();
	}

}
