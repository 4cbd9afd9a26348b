package fr.openip.myopenip.telephony;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.support.Users;

import static org.assertj.core.api.Assertions.assertThat;

class TelephonyPermissionsTest {

	private final TelephonyPermissions permissions = new TelephonyPermissions();

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTheServicesItMaySee(Role role) {
		assertThat(this.permissions.canSee(Users.of(role))).isTrue();
	}

	@Test
	void resellersTheOperatorsSalesStaffAndAdminsConfigureServicesButTheOrderDeskOnlyReads() {
		assertThat(this.permissions.canConfigure(Users.of(Role.RESELLER))).isTrue();
		assertThat(this.permissions.canConfigure(Users.of(Role.OPERATOR))).isTrue();
		assertThat(this.permissions.canConfigure(Users.of(Role.ADMIN))).isTrue();
		assertThat(this.permissions.canConfigure(Users.of(Role.ADV))).isFalse();
	}

	@Test
	void nobodyLoggedOutSeesOrConfiguresAService() {
		assertThat(this.permissions.canSee(null)).isFalse();
		assertThat(this.permissions.canConfigure(null)).isFalse();
	}

}
