package fr.openip.myopenip.shared.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.SpringProperties;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from the zonky binaries when no {@code spring.datasource.url}
 * is set, so the portal runs on a fresh machine with nothing installed. Its data lives in
 * {@code myopenip.embedded-db.data-dir} and survives restarts; the server stops with the
 * context.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres early = EmbeddedPostgresEarlyStart.claim(properties);
		return early != null ? early : start(properties);
	}

	/** Starts the server and creates the portal's database in it when missing. */
	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
		var dataDir = properties.dataDir().toAbsolutePath();
		if (properties.clean()) {
			FileSystemUtils.deleteRecursively(dataDir);
		}
		log.info("Starting embedded PostgreSQL with its data in {}", dataDir);
		var builder = EmbeddedPostgres.builder();
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		var postgres = builder.setDataDirectory(dataDir)
			.setCleanDataDirectory(properties.clean())
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(30))
			.setServerConfig("max_connections", "100")
			.start();
		createDatabaseIfMissing(postgres, properties.database());
		return postgres;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	/**
	 * A training run for a class-data-sharing archive
	 * ({@code -Dspring.context.exit=onRefresh}) halts the JVM as soon as every bean is
	 * built, skipping destroy methods and shutdown hooks: the server is stopped here, at
	 * that moment, so that it does not outlive the run.
	 */
	@Bean
	SmartInitializingSingleton embeddedPostgresStopBeforeExitOnRefresh(EmbeddedPostgres postgres,
			DataSource dataSource) {
		return () -> {
			if ("onRefresh".equalsIgnoreCase(SpringProperties.getProperty("spring.context.exit"))) {
				log.info("The context exits once refreshed: stopping the embedded PostgreSQL now");
				try {
					dataSource.unwrap(HikariDataSource.class).close();
					postgres.close();
				}
				catch (SQLException ex) {
					log.warn("Could not close the connection pool", ex);
				}
				catch (IOException ex) {
					log.warn("Could not stop the embedded PostgreSQL", ex);
				}
			}
		};
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
		DataSource admin = postgres.getPostgresDatabase();
		try (Connection connection = admin.getConnection()) {
			boolean exists;
			try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				query.setString(1, database);
				try (ResultSet rows = query.executeQuery()) {
					exists = rows.next();
				}
			}
			if (!exists) {
				try (Statement create = connection.createStatement()) {
					create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the embedded database " + database, ex);
		}
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
