package fr.openip.myopenip.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.openip.myopenip.account.domain.LoginEntry;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Prometheus metrics: served to the operator's staff and to the scraper's token,
 * refused to a reseller, to anyone else and to a wrong token; the portal's own figures
 * read what the database holds.
 */
@PortalIntegrationTest
class MetricsTest {

	private static final String TOKEN = "test-scrape-token-5f1c9e";

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theScraperAndTheOperatorsStaffReadThemNobodyElse() throws Exception {
		assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))).isEqualTo(200);
		for (String staff : new String[] { DemoUsers.OPERATOR, DemoUsers.ADV, DemoUsers.ADMIN }) {
			assertThat(status(get("/actuator/prometheus").with(this.logins.as(staff)))).as(staff).isEqualTo(200);
		}
		assertThat(status(get("/actuator/prometheus").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))).as("a reseller")
			.isEqualTo(403);
		assertThat(status(get("/actuator/prometheus"))).as("anonymous: to the login page").isEqualTo(302);
		assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN + "x")))
			.as("a wrong token")
			.isEqualTo(302);
		assertThat(status(get("/actuator/prometheus").header("Authorization", TOKEN))).as("not as a bearer")
			.isEqualTo(302);
	}

	@Test
	void theFiguresAnOperatorAlertsOn() throws Exception {
		long deposited = this.jdbc.queryForObject("select count(*) from customer_order where state = 'DEPOSITED'",
				Long.class);
		long inProgress = this.jdbc.queryForObject("select count(*) from customer_order where state = 'IN_PROGRESS'",
				Long.class);
		long pending = this.jdbc.queryForObject("select count(*) from outbox_mail where status = 'PENDING'",
				Long.class);
		String metrics = scrape();
		assertThat(value(metrics, "myopenip_orders_open\\{[^}]*state=\"DEPOSITED\"[^}]*\\}")).isEqualTo(deposited);
		assertThat(value(metrics, "myopenip_orders_open\\{[^}]*state=\"IN_PROGRESS\"[^}]*\\}")).isEqualTo(inProgress);
		assertThat(deposited + inProgress).isPositive();
		assertThat(value(metrics, "myopenip_outbox_pending(\\{[^}]*\\})?")).isEqualTo(pending);
		assertThat(metrics).contains("myopenip_outbox_failed", "myopenip_outbox_oldest_pending_seconds",
				"myopenip_outbox_send_failures_total", "hikaricp_connections_active", "hikaricp_connections_pending",
				"jvm_memory_used_bytes");
		// latency per route, by its pattern (not its ids), in buckets
		assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/actuator/prometheus\"");

		long refused = metrics.contains("reason=\"credentials\"")
				? value(metrics, "myopenip_logins_refused_total\\{[^}]*reason=\"credentials\"[^}]*\\}") : 0;
		this.mvc.perform(post("/login").param("username", DemoUsers.RESELLER_BETA)
			.param("password", "wrong")
			.param("entry", LoginEntry.RESELLER.name())
			.with(csrf()));
		assertThat(value(scrape(), "myopenip_logins_refused_total\\{[^}]*reason=\"credentials\"[^}]*\\}"))
			.isEqualTo(refused + 1);
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static long value(String metrics, String series) {
		Matcher line = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
		assertThat(line.find()).as(series).isTrue();
		return (long) Double.parseDouble(line.group(line.groupCount()));
	}

}
