package fr.openip.myopenip.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * One session, many requests at once (tabs, or instances behind a balancer), each saving
 * a form whose redirect carries a flash message into the session: every one is answered,
 * none with a server error, and every form is saved.
 */
@PortalIntegrationTest
class ConcurrentSessionRequestsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterChainProxy filters;

	/** The portal's own CSRF repository (a MockMvc test's csrf() swaps it). */
	@BeforeEach
	void portalsOwnCsrfRepository() {
		PortalCsrf.restore(this.filters);
	}

	@Test
	void manyFormsOfOneSessionAtOnceAreAllSaved() throws Exception {
		var operator = new HttpPortal(this.port).login(DemoUsers.OPERATOR, DemoUsers.PASSWORD, "STAFF");
		String token = URLEncoder.encode(operator.csrfTokenOf("/companies/prospects/new"), StandardCharsets.UTF_8);
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> posts = new ArrayList<>();
		try {
			for (int i = 0; i < 64; i++) {
				String name = URLEncoder.encode("Prospect simultané " + i, StandardCharsets.UTF_8);
				posts.add(pool.submit(() -> {
					var answer = operator.raw("/companies/prospects/new", "application/x-www-form-urlencoded",
							("action=draft&name=" + name + "&_csrf=" + token).getBytes(StandardCharsets.UTF_8));
					statuses.merge(answer.statusCode(), 1, Integer::sum);
					return null;
				}));
			}
			for (Future<?> post : posts) {
				post.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).as("every form answered by its redirect").isEqualTo(Map.of(302, 64));
		assertThat(this.jdbc.queryForObject("select count(*) from company where name like 'Prospect simultané %'",
				Integer.class))
			.isEqualTo(64);
	}

}
