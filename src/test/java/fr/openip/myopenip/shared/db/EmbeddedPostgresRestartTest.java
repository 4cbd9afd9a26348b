package fr.openip.myopenip.shared.db;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.SpringProperties;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps its data in its folder: what was written before a restart
 * is there after; it is durable unless told otherwise; a folder in use by a running
 * portal is not taken over; a run that exits once its context is built
 * (class-data-sharing training) leaves no server behind. Crashes are in
 * {@code PortalCrashTest}.
 */
class EmbeddedPostgresRestartTest {

	@TempDir
	Path dataDir;

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	private EmbeddedDatabaseProperties properties(String folder, boolean clean, boolean durable) {
		return new EmbeddedDatabaseProperties(this.dataDir.resolve(folder), clean, folder + "_test", 0, durable);
	}

	@Test
	void dataWrittenBeforeARestartIsReadAfterIt() throws Exception {
		var properties = properties("restart", false, false);
		try (var server = this.configuration.embeddedServer(properties);
				var dataSource = this.configuration.dataSource(server, properties)) {
			var jdbc = new JdbcTemplate(dataSource);
			jdbc.execute("create table kept (name text)");
			jdbc.update("insert into kept values ('avant redémarrage')");
		}

		try (var server = this.configuration.embeddedServer(properties);
				var dataSource = this.configuration.dataSource(server, properties)) {
			assertThat(new JdbcTemplate(dataSource).queryForObject("select name from kept", String.class))
				.isEqualTo("avant redémarrage");
		}
	}

	@Test
	void theServerIsDurableUnlessTheTestsSayOtherwise() throws Exception {
		try (var server = this.configuration.embeddedServer(properties("durable", false, true))) {
			assertThat(settings(server)).containsExactly("on", "on", "on");
		}
		try (var server = this.configuration.embeddedServer(properties("fast", false, false))) {
			assertThat(settings(server)).containsExactly("off", "off", "off");
		}
		assertThat(EmbeddedDatabaseProperties.defaults().durable()).as("the portal's default").isTrue();
	}

	@Test
	void aFolderInUseByARunningPortalIsNotTakenOver() throws Exception {
		var properties = properties("busy", false, false);
		try (var first = this.configuration.embeddedServer(properties)) {
			assertThatThrownBy(() -> this.configuration.embeddedServer(properties))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by another running portal");
			assertThat(new JdbcTemplate(first.adminDataSource()).queryForObject("select 1", Integer.class))
				.as("the first server still serves")
				.isEqualTo(1);
		}
	}

	@Test
	void aCleanStartWipesTheFolder() throws Exception {
		var kept = properties("wipe", false, false);
		try (var server = this.configuration.embeddedServer(kept);
				var dataSource = this.configuration.dataSource(server, kept)) {
			new JdbcTemplate(dataSource).execute("create table gone (name text)");
		}
		var clean = properties("wipe", true, false);
		try (var server = this.configuration.embeddedServer(clean);
				var dataSource = this.configuration.dataSource(server, clean)) {
			assertThat(new JdbcTemplate(dataSource)
				.queryForObject("select count(*) from pg_tables where tablename = 'gone'", Integer.class)).isZero();
		}
	}

	@Test
	void aRunThatExitsOnceRefreshedStopsTheServerWhenEveryBeanIsBuilt() throws Exception {
		var properties = properties("exit", false, false);
		try (var server = this.configuration.embeddedServer(properties);
				var dataSource = this.configuration.dataSource(server, properties)) {
			var stopBeforeExit = this.configuration.embeddedPostgresStopBeforeExitOnRefresh(server, dataSource);
			var admin = server.adminDataSource();

			stopBeforeExit.afterSingletonsInstantiated();
			assertThat(new JdbcTemplate(admin).queryForObject("select 1", Integer.class))
				.as("an ordinary run keeps its server")
				.isEqualTo(1);

			SpringProperties.setProperty("spring.context.exit", "onRefresh");
			try {
				stopBeforeExit.afterSingletonsInstantiated();
			}
			finally {
				SpringProperties.setProperty("spring.context.exit", null);
			}
			assertThatThrownBy(() -> admin.getConnection().close()).as("the server is stopped")
				.isInstanceOf(SQLException.class);
			assertThat(dataSource.isClosed()).isTrue();
		}
	}

	private static java.util.List<String> settings(EmbeddedServer server) {
		var jdbc = new JdbcTemplate(server.adminDataSource());
		return java.util.List.of(jdbc.queryForObject("show fsync", String.class),
				jdbc.queryForObject("show synchronous_commit", String.class),
				jdbc.queryForObject("show full_page_writes", String.class));
	}

}
