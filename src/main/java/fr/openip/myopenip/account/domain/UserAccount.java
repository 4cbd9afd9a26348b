package fr.openip.myopenip.account.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.Role;

/**
 * A person who logs in to the portal. Belongs to one company, its tenant.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String firstName;

	@Column(nullable = false)
	private String lastName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	/** Its company, the tenant: an id, as every module holds companies. */
	@Column(nullable = false)
	private Long companyId;

	private boolean enabled;

	@Column(nullable = false)
	private String passwordHash;

	private boolean mustChangePassword;

	// Login bookkeeping does not count as an edit: an admin's form stays valid while the
	// user logs in.
	@OptimisticLock(excluded = true)
	private int failedAttempts;

	@OptimisticLock(excluded = true)
	private Instant lockedUntil;

	@OptimisticLock(excluded = true)
	private Instant lastLoginAt;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String email, String firstName, String lastName, Role role, long companyId,
			String passwordHash, boolean mustChangePassword) {
		this.username = username;
		this.email = email;
		this.firstName = firstName;
		this.lastName = lastName;
		this.role = role;
		this.companyId = companyId;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = PortalClock.now();
		this.updatedAt = this.createdAt;
	}

	/**
	 * Counts a wrong password; after {@code maxAttempts} in a row the account is locked
	 * for {@code lockDuration}.
	 * @return whether this failure locked the account
	 */
	public boolean recordFailedLogin(Instant now, int maxAttempts, Duration lockDuration) {
		this.failedAttempts++;
		if (this.failedAttempts >= maxAttempts) {
			this.failedAttempts = 0;
			this.lockedUntil = now.plus(lockDuration);
			return true;
		}
		return false;
	}

	public void recordSuccessfulLogin(Instant now) {
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** Whether the account is locked at this moment (for lists). */
	public boolean isLockedNow() {
		return isLockedAt(PortalClock.now());
	}

	public void update(String email, String firstName, String lastName, Role role, long companyId) {
		this.email = email;
		this.firstName = firstName;
		this.lastName = lastName;
		this.role = role;
		this.companyId = companyId;
		touch();
	}

	public void disable() {
		this.enabled = false;
		touch();
	}

	public void enable() {
		this.enabled = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		touch();
	}

	/** An admin set a temporary password: it must be changed at the next login. */
	public void resetPassword(String temporaryPasswordHash) {
		this.passwordHash = temporaryPasswordHash;
		this.mustChangePassword = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		touch();
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
		this.mustChangePassword = false;
		touch();
	}

	private void touch() {
		this.updatedAt = PortalClock.now();
	}

	public String getFullName() {
		return this.firstName + " " + this.lastName;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getEmail() {
		return this.email;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public Role getRole() {
		return this.role;
	}

	public long getCompanyId() {
		return this.companyId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
