package fr.openip.myopenip.shared.db;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
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
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL ({@link EmbeddedServer}) when no {@code spring.datasource.url}
 * is set, so the portal runs on a fresh machine with nothing installed. Its data lives in
 * {@code myopenip.embedded-db.data-dir}, durable, and survives restarts and crashes; the
 * server stops with the context, after Tomcat has drained its requests.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedServer early = EmbeddedPostgresEarlyStart.claim(properties);
		return early != null ? early : EmbeddedServer.start(properties);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedServer server, EmbeddedDatabaseProperties properties) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	@Bean
	EmbeddedBackups embeddedBackups(EmbeddedServer server, EmbeddedDatabaseProperties properties) {
		return new EmbeddedBackups(server, properties);
	}

	/**
	 * A training run for a class-data-sharing archive
	 * ({@code -Dspring.context.exit=onRefresh}) halts the JVM as soon as every bean is
	 * built, skipping destroy methods and shutdown hooks: the server is stopped here, at
	 * that moment, so that it does not outlive the run.
	 */
	@Bean
	SmartInitializingSingleton embeddedPostgresStopBeforeExitOnRefresh(EmbeddedServer server, DataSource dataSource) {
		return () -> {
			if ("onRefresh".equalsIgnoreCase(SpringProperties.getProperty("spring.context.exit"))) {
				log.info("The context exits once refreshed: stopping the embedded PostgreSQL now");
				try {
					dataSource.unwrap(HikariDataSource.class).close();
					server.close();
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

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
