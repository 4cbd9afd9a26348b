package fr.openip.myopenip.account;

import fr.openip.myopenip.account.domain.LoginEntry;
import fr.openip.myopenip.account.domain.UserAccount;
import fr.openip.myopenip.account.security.SecurityConfiguration;

import jakarta.servlet.http.Cookie;
import fr.openip.myopenip.support.DemoUsers;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class LoginSecurityTest {

	private static final String SESSION_COOKIE = "MYOPENIP_SESSION";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	private MvcResult login(String username, String password, LoginEntry entry, Cookie... cookies) throws Exception {
		var request = post("/login").param("username", username)
			.param("password", password)
			.param("entry", entry.name())
			.with(csrf());
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return this.mvc.perform(request).andReturn();
	}

	private static Cookie sessionOf(MvcResult result) {
		return result.getResponse().getCookie(SESSION_COOKIE);
	}

	@Test
	void aResellerLogsInThroughTheRevendeurEntry() throws Exception {
		MvcResult result = login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, LoginEntry.RESELLER);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		this.mvc.perform(get("/").cookie(sessionOf(result)))
			.andExpect(status().isOk())
			.andExpect(
					result2 -> assertThat(result2.getResponse().getContentAsString()).contains("Bonjour Alice Martin")
						.contains("Revendeur de Alpha Télécom"));
	}

	@Test
	void theOperatorStaffLogsInThroughTheOperatorEntry() throws Exception {
		for (String username : new String[] { DemoUsers.OPERATOR, DemoUsers.ADV, DemoUsers.ADMIN }) {
			assertThat(login(username, DemoUsers.PASSWORD, LoginEntry.STAFF).getResponse().getRedirectedUrl())
				.as(username)
				.isEqualTo("/");
		}
	}

	@Test
	void aUserThroughTheWrongEntryIsRefused() throws Exception {
		assertThat(
				login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, LoginEntry.STAFF).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(login(DemoUsers.ADMIN, DemoUsers.PASSWORD, LoginEntry.RESELLER).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		Cookie before = sessionOf(this.mvc.perform(get("/login")).andReturn());
		assertThat(before).isNotNull();
		Cookie after = sessionOf(login(DemoUsers.RESELLER_BETA, DemoUsers.PASSWORD, LoginEntry.RESELLER, before));
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		for (int i = 0; i < 5; i++) {
			assertThat(login(account.getUsername(), "wrong" + i, LoginEntry.RESELLER).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		assertThat(this.testAccounts.reload(account).isLockedNow()).isTrue();
		assertThat(login(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.RESELLER).getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_event where type = 'ACCOUNT_LOCKED' and username = ?", Integer.class,
				account.getUsername()))
			.isEqualTo(1);
	}

	@Test
	void aLockedAccountOpensAgainOnceTheLockIsOver() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		for (int i = 0; i < 5; i++) {
			login(account.getUsername(), "wrong", LoginEntry.RESELLER);
		}
		this.jdbc.update("update user_account set locked_until = now() - interval '1 second' where id = ?",
				account.getId());
		assertThat(login(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.RESELLER).getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theLoginPageNeverTellsWhetherAnAccountExists() throws Exception {
		UserAccount locked = this.testAccounts.newReseller();
		for (int i = 0; i < 5; i++) {
			login(locked.getUsername(), "wrong", LoginEntry.RESELLER);
		}
		String unknown = login("nobody-" + System.nanoTime(), "x", LoginEntry.RESELLER).getResponse()
			.getRedirectedUrl();
		String wrong = login(DemoUsers.RESELLER_BETA, "wrong", LoginEntry.RESELLER).getResponse().getRedirectedUrl();
		String lockedOut = login(locked.getUsername(), TestAccounts.PASSWORD, LoginEntry.RESELLER).getResponse()
			.getRedirectedUrl();
		assertThat(unknown).isEqualTo(wrong).isEqualTo(lockedOut).isEqualTo("/login?error");
		this.mvc.perform(get("/login?error"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Identifiant, mot de passe ou entrée"));
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", DemoUsers.ADMIN).param("password", DemoUsers.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/admin/accounts"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void aLoginIsJournaledWithUserTenantAndIp() throws Exception {
		UserAccount account = this.testAccounts.newReseller();
		login(account.getUsername(), TestAccounts.PASSWORD, LoginEntry.RESELLER);
		var row = this.jdbc.queryForMap(
				"select company_id, ip from security_event where type = 'LOGIN_SUCCESS' and username = ?",
				account.getUsername());
		assertThat(row.get("company_id")).isEqualTo(account.getCompanyId());
		assertThat(row.get("ip")).isEqualTo("127.0.0.1");
	}

	@Test
	void logoutNeedsAPostSoThatNoLinkCanLogSomeoneOut() throws Exception {
		Cookie session = sessionOf(login(DemoUsers.OPERATOR, DemoUsers.PASSWORD, LoginEntry.STAFF));
		this.mvc.perform(get("/logout").cookie(session));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
	}

}
