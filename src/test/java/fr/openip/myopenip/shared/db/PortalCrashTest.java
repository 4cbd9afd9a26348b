package fr.openip.myopenip.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.support.PortalProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a user runs it (a JVM of its own, its embedded PostgreSQL in a folder)
 * killed the hard way: every row it committed is there after the next start, which never
 * fails because of what the crash left behind.
 */
class PortalCrashTest {

	private static final Duration SERVER_STOP_LIMIT = Duration.ofSeconds(30);

	@TempDir
	Path work;

	@Test
	void aPortalKilledWithSigkillKeepsEveryCommitAndItsServerDoesNotOutliveIt() throws Exception {
		var data = this.work.resolve("postgres");
		int databasePort = PortalProcess.freePort();
		try (var portal = PortalProcess.start(data, databasePort, this.work.resolve("first.log"))) {
			assertThat(durabilitySettings(databasePort)).as("fsync, synchronous_commit, full_page_writes")
				.containsExactly("on", "on", "on");
			portal.login("revendeur1", "demo1234", "RESELLER");
			createProspects(portal, "Avant le SIGKILL", 20);
			long server = LeftoverServer.postmasterPid(data);

			portal.kill();

			assertThat(exits(server)).as("the embedded PostgreSQL stops with its portal").isTrue();
		}
		try (var portal = PortalProcess.start(data, databasePort, this.work.resolve("second.log"))) {
			assertThat(prospectsNamed(databasePort, "Avant le SIGKILL%")).hasSize(20);
		}
	}

	@Test
	void aServerLeftRunningByAKilledPortalIsStoppedByTheNextOne() throws Exception {
		var data = this.work.resolve("postgres");
		int databasePort = PortalProcess.freePort();
		long orphan;
		try (var portal = PortalProcess.start(data, databasePort, this.work.resolve("first.log"))) {
			portal.login("revendeur2", "demo1234", "RESELLER");
			createProspects(portal, "Avant l'orphelin", 5);
			orphan = LeftoverServer.postmasterPid(data);
			killWatchdogOf(portal); // as on a platform with no watchdog

			portal.kill();

			assertThat(exits(orphan, Duration.ofSeconds(3))).as("the server is left running").isFalse();
		}
		var log = this.work.resolve("second.log");
		try (var portal = PortalProcess.start(data, databasePort, log)) {
			assertThat(ProcessHandle.of(orphan).filter(LeftoverServer::isRunning)).as("the orphan was stopped")
				.isEmpty();
			assertThat(LeftoverServer.postmasterPid(data)).isNotEqualTo(orphan);
			assertThat(Files.readAllLines(log)).filteredOn((line) -> line.contains("left running by an earlier portal"))
				.hasSize(1);
			assertThat(durabilitySettings(databasePort)).containsExactly("on", "on", "on");
			assertThat(prospectsNamed(databasePort, "Avant l'orphelin%")).hasSize(5);
		}
	}

	@Test
	void aCommitSurvivesPostgresKilledWithSigkillRightAfterIt() throws Exception {
		var data = this.work.resolve("postgres");
		int databasePort = PortalProcess.freePort();
		try (var portal = PortalProcess.start(data, databasePort, this.work.resolve("first.log"))) {
			portal.login("revendeur1", "demo1234", "RESELLER");
			createProspects(portal, "Juste avant le crash", 1);
			ProcessHandle.of(LeftoverServer.postmasterPid(data)).orElseThrow().destroyForcibly();
			portal.kill();
		}
		var log = this.work.resolve("second.log");
		try (var portal = PortalProcess.start(data, databasePort, log)) {
			assertThat(prospectsNamed(databasePort, "Juste avant le crash%")).hasSize(1);
			assertThat(portal.log()).contains("stopped without its shutdown");
		}
	}

	private static void createProspects(PortalProcess portal, String name, int count) throws Exception {
		for (int i = 1; i <= count; i++) {
			var response = portal.post("/companies/prospects/new", Map.of("name", name + " " + i, "action", "draft"),
					"/companies/prospects/new");
			assertThat(response.statusCode()).as("draft prospect saved").isEqualTo(302);
		}
	}

	private static List<String> prospectsNamed(int databasePort, String pattern) {
		return jdbc(databasePort).queryForList("select name from company where name like ? order by id", String.class,
				pattern);
	}

	private static List<String> durabilitySettings(int databasePort) {
		var jdbc = jdbc(databasePort);
		return List.of(jdbc.queryForObject("show fsync", String.class),
				jdbc.queryForObject("show synchronous_commit", String.class),
				jdbc.queryForObject("show full_page_writes", String.class));
	}

	private static JdbcTemplate jdbc(int databasePort) {
		var dataSource = new PGSimpleDataSource();
		dataSource.setUrl("jdbc:postgresql://localhost:" + databasePort + "/myopenip");
		dataSource.setUser("postgres");
		return new JdbcTemplate(dataSource);
	}

	/** Kills, with SIGKILL, the watchdog the portal started beside its server. */
	private static void killWatchdogOf(PortalProcess portal) {
		List<ProcessHandle> watchdogs = portal.handle()
			.children()
			.filter((child) -> child.info()
				.arguments()
				.map((arguments) -> List.of(arguments).contains("myopenip-postgres-watchdog"))
				.orElse(false))
			.toList();
		assertThat(watchdogs).hasSize(1);
		watchdogs.forEach((watchdog) -> {
			watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
			watchdog.destroyForcibly();
		});
	}

	private static boolean exits(long pid) throws Exception {
		return exits(pid, SERVER_STOP_LIMIT);
	}

	private static boolean exits(long pid, Duration within) throws Exception {
		var process = ProcessHandle.of(pid);
		return process.isEmpty() || LeftoverServer.exited(process.get(), within.toSeconds());
	}

}
