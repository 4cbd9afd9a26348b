package fr.openip.myopenip.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.openip.myopenip.mail.MailPermissions;
import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.support.Users;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPermissionsTest {

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyAdminsManageAccountsAndReadTheJournalAndTheOutbox(Role role) {
		boolean admin = role == Role.ADMIN;
		var accounts = new AccountPermissions();
		assertThat(accounts.canManageAccounts(Users.of(role))).isEqualTo(admin);
		assertThat(accounts.canReadSecurityJournal(Users.of(role))).isEqualTo(admin);
		assertThat(new MailPermissions().canReadOutbox(Users.of(role))).isEqualTo(admin);
		assertThat(accounts.canManageAccounts(null)).isFalse();
	}

}
