package fr.openip.myopenip.operations;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.PortalProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out, proven: two portals as their jar ships, on one PostgreSQL server, behind
 * HAProxy (round robin, no stickiness; configuration in the README), checked over HTTP
 * through the balancer. A login holds across instances; a quote built through both is
 * validated, and two final validations at once on the two instances give one order; the
 * quarantine job and the outbox sender run on both and free each number, send each mail,
 * once; one instance killed with SIGKILL under load, the other serves on, nothing
 * committed lost; the demo data, loaded by two instances starting at once, is there once.
 * Needs {@code haproxy} ({@code .ci/run} installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

	private static final Pattern SERVED_BY = Pattern.compile("portal-[ab]");

	private static Path work;

	private static EmbeddedPostgres postgres;

	private static GreenMail smtp;

	private static PortalProcess portalA;

	private static PortalProcess portalB;

	private static Process haproxy;

	private static int balancer;

	private static JdbcTemplate jdbc;

	private static Connection connection;

	@BeforeAll
	static void startTwoPortalsBehindABalancer() throws Exception {
		// as the browser tests: skipped on a developer's machine without HAProxy,
		// required on CI
		boolean installed = Files.isExecutable(Path.of("/usr/sbin/haproxy"));
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("HAProxy is required on CI: /usr/sbin/haproxy");
		}
		Assumptions.assumeTrue(installed, "HAProxy is not installed (Debian package haproxy)");
		work = Files.createTempDirectory(Path.of("target"), "scale-out-");
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "120")
			.start();
		try (var admin = postgres.getPostgresDatabase().getConnection()) {
			admin.createStatement().execute("create database myopenip");
		}
		connection = postgres.getDatabase("postgres", "myopenip").getConnection();
		jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		int smtpPort = PortalProcess.freePort();
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();

		Path jar = Path.of(System.getProperty("portal.jar", "target/myopenip-0.1.0-SNAPSHOT.jar"));
		List<String> arguments = List.of("--spring.profiles.active=demo",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/myopenip",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.hikari.maximum-pool-size=20", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--myopenip.mail.send-interval=500ms",
				"--myopenip.telephony.quarantine-check-interval=500ms",
				"--myopenip.telephony.quarantine-initial-delay=1s", "--server.shutdown=immediate");
		int portA = PortalProcess.freePort();
		int portB = PortalProcess.freePort();
		// both at once: the demo loader's lock lets one load, the other waits and finds
		// it
		portalA = PortalProcess.launchJar(jar, portA, work.resolve("portal-a.log"), arguments);
		portalB = PortalProcess.launchJar(jar, portB, work.resolve("portal-b.log"), arguments);
		portalA.awaitHealthy();
		portalB.awaitHealthy();

		balancer = PortalProcess.freePort();
		Path configuration = work.resolve("haproxy.cfg");
		Files.writeString(configuration, haproxyConfiguration(balancer, portA, portB));
		haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", configuration.toString())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("haproxy.log").toFile())
			.start();
		var anonymous = new HttpPortal(balancer);
		long deadline = System.nanoTime() + 30_000_000_000L;
		Set<String> servers = new HashSet<>();
		while (servers.size() < 2 && System.nanoTime() < deadline) {
			try {
				var health = anonymous.get("/actuator/health");
				if (health.statusCode() == 200) {
					health.headers().firstValue("X-Served-By").ifPresent(servers::add);
				}
			}
			catch (java.io.IOException notYet) {
				// the balancer is starting
			}
			Thread.sleep(100);
		}
		assertThat(servers).as("both portals behind the balancer").containsExactlyInAnyOrder("portal-a", "portal-b");
	}

	/** The configuration the README shows: round robin, no stickiness, health checks. */
	static String haproxyConfiguration(int balancer, int portA, int portB) {
		return """
				global
				    maxconn 512
				defaults
				    mode http
				    timeout connect 2s
				    timeout client 60s
				    timeout server 60s
				    retries 3
				    option redispatch 1
				    retry-on conn-failure
				    http-reuse never
				frontend portal
				    bind 127.0.0.1:%d
				    default_backend portals
				backend portals
				    balance roundrobin
				    option httpchk GET /actuator/health
				    http-check expect status 200
				    default-server inter 500ms fall 2 rise 2
				    http-response set-header X-Served-By %%s
				    server portal-a 127.0.0.1:%d check
				    server portal-b 127.0.0.1:%d check
				""".formatted(balancer, portA, portB);
	}

	@AfterAll
	static void stopEverything() throws Exception {
		if (haproxy != null) {
			haproxy.destroyForcibly();
		}
		for (PortalProcess portal : new PortalProcess[] { portalA, portalB }) {
			if (portal != null) {
				portal.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (connection != null) {
			connection.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void theDemoDataIsLoadedOnceThoughBothStartedAtOnce() {
		assertThat(jdbc.queryForObject("select count(*) from company where name = 'Alpha Télécom'", Integer.class))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class,
				DemoUsers.RESELLER_ALPHA))
			.isOne();
	}

	@Test
	@Order(2)
	void aLoginHoldsAcrossInstances() throws Exception {
		var reseller = new HttpPortal(balancer).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
		Set<String> servers = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			var page = reseller.get("/quotes");
			assertThat(page.statusCode()).as("logged in on every instance").isEqualTo(200);
			servers.add(servedBy(page));
		}
		assertThat(servers).containsExactlyInAnyOrder("portal-a", "portal-b");
	}

	@Test
	@Order(3)
	void aQuoteBuiltThroughBothIsValidatedOnceThoughTwoValidationsRaceOnTheTwoInstances() throws Exception {
		var reseller = new HttpPortal(balancer).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
		Map<String, Object> client = jdbc.queryForMap("""
				select c.id, (select min(id) from contact where company_id = c.id) contact,
				       (select min(id) from site where company_id = c.id and main) site,
				       (select min(id) from billing_point where company_id = c.id) billing
				from company c where c.referent_id = (select id from company where name = 'Alpha Télécom')
				  and not c.prospect
				  and exists (select from contact where company_id = c.id)
				  and exists (select from site where company_id = c.id and main)
				  and exists (select from billing_point where company_id = c.id)
				order by c.id limit 1""");
		// paid by transfer: the sale needs no SEPA mandate signed, its forms are complete
		jdbc.update("update billing_point set payment_mode = 'TRANSFER' where id = ?", client.get("billing"));
		Map<String, Object> product = jdbc.queryForMap("""
				select p.id, p.offer_id from product p join offer o on o.id = p.offer_id
				where o.name = 'SIP Trunk Touch' and p.name = 'Appel(s) simu(s) SIP - Compteur'""");
		Set<String> servers = new HashSet<>();
		var created = reseller.post("/quotes", Map.of("clientId", client.get("id").toString(), "offerId",
				product.get("offer_id").toString(), "quantities[" + product.get("id") + "]", "3"), "/");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		servers.add(servedBy(created));
		String location = created.headers().firstValue("Location").orElseThrow();
		long quote = Long.parseLong(location.replaceAll("#.*", "").replaceAll(".*/", ""));
		String page = "/quotes/" + quote;
		// the quote's page read once: each step below is a page then its form's post, and
		// round robin now sends the next posts to the other instance
		assertThat(reseller.get(page).statusCode()).isEqualTo(200);
		servers.add(servedBy(
				step(reseller, page + "/contacts", Map.of("contactId", client.get("contact").toString()), page)));
		servers.add(
				servedBy(
						step(reseller, page + "/sites",
								Map.of("version", version(quote), "installationSiteId", client.get("site").toString(),
										"billingPointId", client.get("billing").toString(), "action", "continue"),
								page)));
		servers.add(servedBy(step(reseller, page + "/proceed", Map.of("version", version(quote)), page)));
		assertThat(jdbc.queryForObject("select step from quote where id = ?", Integer.class, quote)).isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from sales_form where quote_number = (select number from quote"
				+ " where id = ?) and state = 'TO_COMPLETE'", Integer.class, quote))
			.as("its forms complete")
			.isZero();
		assertThat(servers).as("the quote's steps went through both instances")
			.containsExactlyInAnyOrder("portal-a", "portal-b");

		// the operator's final validation, twice at once: round robin sends them to the
		// two
		var operator = new HttpPortal(balancer).login(DemoUsers.OPERATOR, DemoUsers.PASSWORD, "STAFF");
		String token = operator.csrfTokenOf(page);
		String version = version(quote);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<HttpResponse<String>> validation = () -> operator.raw(page + "/final-validation",
					"application/x-www-form-urlencoded",
					("version=" + version + "&_csrf=" + java.net.URLEncoder.encode(token, "UTF-8")).getBytes());
			Future<HttpResponse<String>> first = pool.submit(validation);
			Future<HttpResponse<String>> second = pool.submit(validation);
			List<HttpResponse<String>> answers = List.of(first.get(), second.get());
			assertThat(answers.stream().map(ScaleOutIT::servedBy)).containsExactlyInAnyOrder("portal-a", "portal-b");
			assertThat(answers.stream().map(HttpResponse::statusCode))
				.as("one validated, the other refused, never a server error: %s",
						answers.stream()
							.map((answer) -> answer.body().replaceAll("(?s).*?(<div[^>]*alert[^>]*>.*?</div>).*", "$1"))
							.toList())
				.allMatch((status) -> status < 500)
				.contains(302);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("select count(*) from customer_order where quote_id = ?", Integer.class, quote))
			.as("one order")
			.isOne();
	}

	@Test
	@Order(4)
	void theScheduledWorkRunsOnBothAndDoesEachThingOnce() throws Exception {
		// numbers whose quarantine ended yesterday, and mails waiting: both instances'
		// jobs
		// see them
		List<Long> quarantined = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			quarantined.add(jdbc.queryForObject("""
					insert into phone_number (owner_id, client_id, created_at, updated_at, version, number, origin,
					                          state, quarantine_until)
					select owner_id, client_id, now(), now(), 0, '0977' || lpad(?::text, 6, '0'), origin, 'QUARANTINED',
					       current_date - 1
					from phone_number where client_id is not null limit 1 returning id""", Long.class, i));
		}
		int mails = 60;
		for (int i = 0; i < mails; i++) {
			jdbc.update("""
					insert into outbox_mail (created_at, recipient, subject, body, status)
					values (now(), 'client@example.com', 'Mail ' || ?, 'Corps', 'PENDING')""", i);
		}
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline
				&& (jdbc.queryForObject("select count(*) from outbox_mail where status = 'PENDING'", Integer.class) > 0
						|| jdbc.queryForObject("select count(*) from phone_number where state = 'QUARANTINED'"
								+ " and quarantine_until < current_date", Integer.class) > 0)) {
			Thread.sleep(200);
		}
		for (long number : quarantined) {
			assertThat(jdbc.queryForMap("select state, version from phone_number where id = ?", number))
				.as("freed once")
				.containsEntry("state", "FREE")
				.containsEntry("version", 1L);
		}
		Thread.sleep(1500);
		List<String> subjects = new ArrayList<>();
		for (var message : smtp.getReceivedMessages()) {
			if (message.getSubject().startsWith("Mail ")) {
				subjects.add(message.getSubject());
			}
		}
		assertThat(subjects).as("each mail sent once").hasSize(mails).doesNotHaveDuplicates();
		assertThat(released(portalA) + released(portalB)).isEqualTo(quarantined.size());
	}

	@Test
	@Order(5)
	void oneInstanceKilledUnderLoadTheOtherServesOnAndNothingCommittedIsLost() throws Exception {
		var operator = new HttpPortal(balancer).login(DemoUsers.OPERATOR, DemoUsers.PASSWORD, "STAFF");
		AtomicBoolean running = new AtomicBoolean(true);
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		Set<String> committed = ConcurrentHashMap.newKeySet();
		int writers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<?>> load = new ArrayList<>();
		String token = operator.csrfTokenOf("/companies/prospects/new");
		for (int w = 0; w < writers; w++) {
			int writer = w;
			load.add(pool.submit(() -> {
				for (int i = 0; running.get(); i++) {
					String name = "Prospect de charge " + writer + "-" + i;
					try {
						var answer = operator.raw("/companies/prospects/new", "application/x-www-form-urlencoded",
								prospectForm(name, token));
						statuses.merge(answer.statusCode(), 1, Integer::sum);
						if (answer.statusCode() == 302) {
							committed.add(name);
						}
						var read = operator.get("/companies/prospects?name="
								+ java.net.URLEncoder.encode("Prospect de charge", "UTF-8"));
						statuses.merge(read.statusCode(), 1, Integer::sum);
					}
					catch (java.io.IOException ex) {
						statuses.merge(-1, 1, Integer::sum);
					}
				}
				return null;
			}));
		}
		Thread.sleep(3000);
		portalA.kill();
		Thread.sleep(5000);
		running.set(false);
		for (Future<?> writer : load) {
			writer.get();
		}
		pool.shutdown();
		int errors = statuses.entrySet()
			.stream()
			.filter((status) -> status.getKey() >= 500 || status.getKey() < 0)
			.mapToInt(Map.Entry::getValue)
			.sum();
		assertThat(errors).as("only the requests in flight on the killed instance fail: %s", statuses)
			.isLessThanOrEqualTo(writers);
		assertThat(statuses.getOrDefault(302, 0)).as("prospects created").isGreaterThan(20);
		Set<String> stored = new HashSet<>(
				jdbc.queryForList("select name from company where name like 'Prospect de charge %'", String.class));
		assertThat(stored).as("every prospect whose creation was answered is there").containsAll(committed);
		// after the kill, every request lands on the survivor
		for (int i = 0; i < 4; i++) {
			var page = operator.get("/");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(servedBy(page)).isEqualTo("portal-b");
		}
	}

	private static byte[] prospectForm(String name, String token) throws Exception {
		return ("action=draft&name=" + java.net.URLEncoder.encode(name, "UTF-8") + "&_csrf="
				+ java.net.URLEncoder.encode(token, "UTF-8"))
			.getBytes();
	}

	private static HttpResponse<String> step(HttpPortal portal, String path, Map<String, String> fields,
			String formPage) throws Exception {
		var answer = portal.post(path, fields, formPage);
		assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(302);
		return answer;
	}

	private static String version(long quote) {
		return jdbc.queryForObject("select version from quote where id = ?", Long.class, quote).toString();
	}

	private static String servedBy(HttpResponse<String> response) {
		String server = response.headers().firstValue("X-Served-By").orElse("");
		assertThat(server).matches(SERVED_BY);
		return server;
	}

	/** How many numbers this instance's quarantine job freed, from its log. */
	private static int released(PortalProcess portal) throws Exception {
		Matcher freed = Pattern.compile("(\\d+) number\\(s\\) out of quarantine").matcher(portal.log());
		int count = 0;
		while (freed.find()) {
			count += Integer.parseInt(freed.group(1));
		}
		return count;
	}

}
