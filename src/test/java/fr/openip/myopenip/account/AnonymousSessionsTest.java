package fr.openip.myopenip.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.PortalCsrf;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous visitor writes nothing to the database (issue 19): 100 visits of the login
 * page, of signing links and of a page before login store no session row; the login that
 * follows still works, CSRF token and all, and lands on the page first asked.
 */
@PortalIntegrationTest
class AnonymousSessionsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterChainProxy filters;

	/**
	 * The CSRF repository the portal is configured with: a MockMvc test's {@code csrf()}
	 * (same context, same filter) swaps the filter's repository for a test one kept in
	 * the session, which production never does.
	 */
	@BeforeEach
	void portalsOwnCsrfRepository() {
		PortalCsrf.restore(this.filters);
	}

	private int sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	@Test
	void aHundredAnonymousVisitsStoreNoSessionAndTheLoginStillWorks() throws Exception {
		int before = sessions();
		for (int i = 0; i < 100; i++) {
			HttpPortal visitor = new HttpPortal(this.port);
			String path = switch (i % 3) {
				case 0 -> "/login";
				case 1 -> "/signature/" + "a".repeat(43) + i;
				default -> "/quotes";
			};
			assertThat(visitor.get(path).statusCode()).as(path).isIn(200, 302, 404);
		}
		assertThat(sessions()).isEqualTo(before);

		HttpPortal reseller = new HttpPortal(this.port);
		assertThat(reseller.get("/quotes").headers().firstValue("Location").orElse("")).endsWith("/login");
		var login = reseller.post("/login", java.util.Map.of("username", DemoUsers.RESELLER_ALPHA, "password",
				DemoUsers.PASSWORD, "entry", "RESELLER"), "/login");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).contains("/quotes");
		assertThat(reseller.get("/quotes").statusCode()).isEqualTo(200);
		assertThat(sessions()).isEqualTo(before + 1);
	}

}
