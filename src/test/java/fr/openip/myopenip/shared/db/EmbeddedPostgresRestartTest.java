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
 * is there after; a run that exits once its context is built (class-data-sharing
 * training) leaves no server behind.
 */
class EmbeddedPostgresRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeARestartIsReadAfterIt() throws Exception {
		var configuration = new EmbeddedPostgresConfiguration();
		var properties = new EmbeddedDatabaseProperties(this.dataDir.resolve("pg"), false, "restart_test", 0);

		try (var postgres = configuration.embeddedPostgres(properties);
				var dataSource = configuration.dataSource(postgres, properties)) {
			var jdbc = new JdbcTemplate(dataSource);
			jdbc.execute("create table kept (name text)");
			jdbc.update("insert into kept values ('avant redémarrage')");
		}

		try (var postgres = configuration.embeddedPostgres(properties);
				var dataSource = configuration.dataSource(postgres, properties)) {
			assertThat(new JdbcTemplate(dataSource).queryForObject("select name from kept", String.class))
				.isEqualTo("avant redémarrage");
		}
	}

	@Test
	void aCleanStartWipesTheFolder() throws Exception {
		var configuration = new EmbeddedPostgresConfiguration();
		var kept = new EmbeddedDatabaseProperties(this.dataDir.resolve("pg2"), false, "wipe_test", 0);
		try (var postgres = configuration.embeddedPostgres(kept);
				var dataSource = configuration.dataSource(postgres, kept)) {
			new JdbcTemplate(dataSource).execute("create table gone (name text)");
		}
		var clean = new EmbeddedDatabaseProperties(this.dataDir.resolve("pg2"), true, "wipe_test", 0);
		try (var postgres = configuration.embeddedPostgres(clean);
				var dataSource = configuration.dataSource(postgres, clean)) {
			assertThat(new JdbcTemplate(dataSource)
				.queryForObject("select count(*) from pg_tables where tablename = 'gone'", Integer.class)).isZero();
		}
	}

	@Test
	void aRunThatExitsOnceRefreshedStopsTheServerWhenEveryBeanIsBuilt() throws Exception {
		var configuration = new EmbeddedPostgresConfiguration();
		var properties = new EmbeddedDatabaseProperties(this.dataDir.resolve("pg3"), false, "exit_test", 0);
		try (var postgres = configuration.embeddedPostgres(properties);
				var dataSource = configuration.dataSource(postgres, properties)) {
			var stopBeforeExit = configuration.embeddedPostgresStopBeforeExitOnRefresh(postgres, dataSource);
			var admin = postgres.getPostgresDatabase();

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

}
