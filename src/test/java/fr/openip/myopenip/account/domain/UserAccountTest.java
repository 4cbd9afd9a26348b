package fr.openip.myopenip.account.domain;

import java.time.Duration;
import java.time.Instant;

import fr.openip.myopenip.company.CompanyUniverse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import fr.openip.myopenip.shared.Role;

class UserAccountTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

	private final UserAccount account = new UserAccount("jdoe", "jdoe@example.fr", "Jean", "Doe", Role.RESELLER, 1L,
			"{noop}x", false);

	@Test
	void theFifthWrongPasswordInARowLocksTheAccountForFifteenMinutes() {
		for (int i = 1; i <= 4; i++) {
			assertThat(this.account.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES)).isFalse();
		}
		assertThat(this.account.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES)).isTrue();
		assertThat(this.account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(this.account.isLockedAt(NOW.plus(FIFTEEN_MINUTES).plusSeconds(1))).isFalse();
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES);
		}
		this.account.recordSuccessfulLogin(NOW);
		assertThat(this.account.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES)).isFalse();
		assertThat(this.account.getLastLoginAt()).isEqualTo(NOW);
	}

	@Test
	void aResetPasswordMustBeChangedAndUnlocksTheAccount() {
		for (int i = 0; i < 5; i++) {
			this.account.recordFailedLogin(NOW, 5, FIFTEEN_MINUTES);
		}
		this.account.resetPassword("{noop}temp");
		assertThat(this.account.isMustChangePassword()).isTrue();
		assertThat(this.account.isLockedAt(NOW)).isFalse();
		this.account.changePassword("{noop}mine");
		assertThat(this.account.isMustChangePassword()).isFalse();
	}

	@Test
	void resellersLogInAsRevendeurAndEveryOtherRoleAsOperatorStaff() {
		assertThat(LoginEntry.of(Role.RESELLER)).isEqualTo(LoginEntry.RESELLER);
		assertThat(LoginEntry.of(Role.OPERATOR)).isEqualTo(LoginEntry.STAFF);
		assertThat(LoginEntry.of(Role.ADV)).isEqualTo(LoginEntry.STAFF);
		assertThat(LoginEntry.of(Role.ADMIN)).isEqualTo(LoginEntry.STAFF);
	}

	@Test
	void aResellerBelongsToAResellerAndTheStaffToTheOperator() {
		assertThat(AccountService.roleFitsCompany(Role.RESELLER, CompanyUniverse.RESELLER)).isTrue();
		assertThat(AccountService.roleFitsCompany(Role.RESELLER, CompanyUniverse.OPERATOR)).isFalse();
		assertThat(AccountService.roleFitsCompany(Role.ADV, CompanyUniverse.OPERATOR)).isTrue();
		assertThat(AccountService.roleFitsCompany(Role.ADMIN, CompanyUniverse.RESELLER)).isFalse();
	}

}
