package fr.openip.myopenip.company;

import fr.openip.myopenip.company.domain.Company;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.support.Users;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyPermissionsTest {

	private final CompanyPermissions permissions = new CompanyPermissions();

	private static Company of(CompanyUniverse universe) {
		return new Company("Entreprise", universe, null);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleSeesClientsProspectsAndContacts(Role role) {
		assertThat(this.permissions.canSeeClients(Users.of(role))).isTrue();
	}

	@Test
	void resellersTheOperatorsSalesStaffAndAdminsEditClientsButTheOrderDeskOnlyReads() {
		assertThat(this.permissions.canEdit(Users.of(Role.RESELLER))).isTrue();
		assertThat(this.permissions.canEdit(Users.of(Role.OPERATOR))).isTrue();
		assertThat(this.permissions.canEdit(Users.of(Role.ADMIN))).isTrue();
		assertThat(this.permissions.canEdit(Users.of(Role.ADV))).isFalse();
	}

	@Test
	void aPartnerCompanyIsNotEditedFromItsPageEvenByAnAdmin() {
		assertThat(this.permissions.canEdit(Users.of(Role.ADMIN), of(CompanyUniverse.RESELLER))).isFalse();
		assertThat(this.permissions.canEdit(Users.of(Role.ADMIN), of(CompanyUniverse.END_CLIENT))).isTrue();
		assertThat(this.permissions.canEdit(Users.of(Role.RESELLER), of(CompanyUniverse.END_CLIENT))).isTrue();
		assertThat(this.permissions.canEdit(Users.of(Role.ADV), of(CompanyUniverse.END_CLIENT))).isFalse();
	}

	@Test
	void onlyTheOperatorsStaffSeeItsPartners() {
		assertThat(this.permissions.canSeePartners(Users.of(Role.RESELLER))).isFalse();
		assertThat(this.permissions.canSeePartners(Users.of(Role.OPERATOR))).isTrue();
		assertThat(this.permissions.canSeePartners(Users.of(Role.ADV))).isTrue();
		assertThat(this.permissions.canSeePartners(Users.of(Role.ADMIN))).isTrue();
	}

	@Test
	void onlyAdminsManagePartnerCompanies() {
		assertThat(this.permissions.canManagePartners(Users.of(Role.ADMIN))).isTrue();
		assertThat(this.permissions.canManagePartners(Users.of(Role.OPERATOR))).isFalse();
		assertThat(this.permissions.canManagePartners(Users.of(Role.RESELLER))).isFalse();
		assertThat(this.permissions.canManagePartners(Users.of(Role.ADV))).isFalse();
	}

	@Test
	void nobodyLoggedOutMayDoAnything() {
		var anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(this.permissions.canSeeClients(anonymous)).isFalse();
		assertThat(this.permissions.canSeeClients(null)).isFalse();
		assertThat(this.permissions.canEdit(null)).isFalse();
		assertThat(this.permissions.canSeePartners(null)).isFalse();
		assertThat(this.permissions.canManagePartners(null)).isFalse();
	}

}
