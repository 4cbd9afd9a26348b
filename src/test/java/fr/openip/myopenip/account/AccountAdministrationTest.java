package fr.openip.myopenip.account;

import fr.openip.myopenip.account.domain.LoginEntry;
import fr.openip.myopenip.account.domain.UserAccount;

import jakarta.servlet.http.Cookie;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import fr.openip.myopenip.shared.Role;

@PortalIntegrationTest
class AccountAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	private Cookie loginSession(String username, String password, LoginEntry entry) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", password)
				.param("entry", entry.name())
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return result.getResponse().getCookie("MYOPENIP_SESSION");
	}

	private long alphaId() {
		return this.jdbc.queryForObject("select id from company where name = 'Alpha Télécom'", Long.class);
	}

	@Test
	void anAdminCreatesAnAccountWhoseTemporaryPasswordIsMailedAndMustBeChanged() throws Exception {
		String username = "nouveau" + System.nanoTime() % 100000;
		MvcResult created = this.mvc
			.perform(post("/admin/accounts").with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf())
				.param("username", username)
				.param("email", username + "@alpha-telecom.fr")
				.param("firstName", "Nina")
				.param("lastName", "Roux")
				.param("role", "RESELLER")
				.param("companyId", String.valueOf(alphaId())))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("successKey", "account.created"))
			.andReturn();
		String temporaryPassword = (String) created.getFlashMap().get("successArgument");

		assertThat(this.jdbc.queryForObject("select body from outbox_mail where recipient = ?", String.class,
				username + "@alpha-telecom.fr"))
			.contains(username)
			.contains(temporaryPassword);

		Cookie session = loginSession(username, temporaryPassword, LoginEntry.RESELLER);
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/password"));
		this.mvc
			.perform(post("/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporaryPassword)
				.param("newPassword", "Ninaroux2026Ok")
				.param("confirmation", "Ninaroux2026Ok"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aWeakNewPasswordIsRefusedBesideItsField() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		Cookie session = loginSession(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.RESELLER);
		this.mvc
			.perform(post("/password").cookie(session)
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "court")
				.param("confirmation", "court"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.policy.length"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("au moins 10 caractères")));
	}

	@Test
	void aTakenLoginIsRefusedBesideTheField() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf())
				.param("username", DemoUsers.RESELLER_ALPHA)
				.param("email", "x@alpha.fr")
				.param("firstName", "X")
				.param("lastName", "Y")
				.param("role", "RESELLER")
				.param("companyId", String.valueOf(alphaId())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.error.usernameTaken"));
	}

	@Test
	void aResellerCannotBeAttachedToTheOperator() throws Exception {
		long operatorId = this.jdbc.queryForObject("select id from company where universe = 'OPERATOR'", Long.class);
		this.mvc
			.perform(post("/admin/accounts").with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf())
				.param("username", "mauvais" + System.nanoTime() % 10000)
				.param("email", "x@alpha.fr")
				.param("firstName", "X")
				.param("lastName", "Y")
				.param("role", "RESELLER")
				.param("companyId", String.valueOf(operatorId)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "account.error.roleCompany"));
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndItsLogins() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		Cookie session = loginSession(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.RESELLER);
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/{id}/disable", account.getId()).with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(this.mvc
			.perform(post("/login").param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.param("entry", "RESELLER")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void changingARoleEndsTheSessionsSoTheNewRightsApplyAtOnce() throws Exception {
		UserAccount account = this.testAccounts.newAccount(Role.ADMIN, "openIP");
		Cookie session = loginSession(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.STAFF);
		this.mvc.perform(get("/admin/accounts").cookie(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/{id}", account.getId()).with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf())
				.param("email", account.getEmail())
				.param("firstName", "Test")
				.param("lastName", "Utilisateur")
				.param("role", "ADV")
				.param("companyId", String.valueOf(account.getCompanyId()))
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(redirectedUrl("/admin/accounts"));

		this.mvc.perform(get("/admin/accounts").cookie(session)).andExpect(redirectedUrl("/login"));
		Cookie again = loginSession(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.STAFF);
		this.mvc.perform(get("/admin/accounts").cookie(again)).andExpect(status().isForbidden());
	}

	@Test
	void aStaleEditIsRefusedAsAConflictAndChangesNothing() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		this.mvc
			.perform(post("/admin/accounts/{id}", account.getId()).with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf())
				.param("email", "first@test.fr")
				.param("firstName", "Premier")
				.param("lastName", "Utilisateur")
				.param("role", "RESELLER")
				.param("companyId", String.valueOf(account.getCompanyId()))
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(redirectedUrl("/admin/accounts"));

		this.mvc
			.perform(post("/admin/accounts/{id}", account.getId()).with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf())
				.param("email", "second@test.fr")
				.param("firstName", "Second")
				.param("lastName", "Utilisateur")
				.param("role", "RESELLER")
				.param("companyId", String.valueOf(account.getCompanyId()))
				.param("version", String.valueOf(account.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Second")));

		assertThat(this.testAccounts.reload(account).getEmail()).isEqualTo("first@test.fr");
	}

	@Test
	void anAdminResetsAPasswordAndTheOldOneStopsWorking() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		this.mvc
			.perform(post("/admin/accounts/{id}/reset-password", account.getId()).with(this.logins.as(DemoUsers.ADMIN))
				.with(csrf()))
			.andExpect(flash().attribute("successKey", "account.passwordReset"));
		assertThat(this.testAccounts.reload(account).isMustChangePassword()).isTrue();
		assertThat(this.mvc
			.perform(post("/login").param("username", account.getUsername())
				.param("password", TestAccounts.PASSWORD)
				.param("entry", "RESELLER")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void theAccountListFiltersByRoleAndExportsWhatItShows() throws Exception {
		this.mvc.perform(get("/admin/accounts").param("role", "ADV").with(this.logins.as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-username=\"adv\"")))
			.andExpect(content().string(
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-username=\"revendeur1\""))));
		String csv = this.mvc
			.perform(get("/admin/accounts/export").param("role", "ADV").with(this.logins.as(DemoUsers.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"adv\"").doesNotContain("revendeur1");
	}

}
