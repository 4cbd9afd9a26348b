package fr.openip.myopenip.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL started when no datasource URL is configured.
 *
 * @param dataDir folder holding the cluster; kept across restarts
 * @param clean whether to wipe the folder at start (tests do, the portal does not)
 * @param database name of the application's database inside the cluster
 * @param port port to listen on (loopback only); 0 picks a free one
 */
@ConfigurationProperties("myopenip.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, boolean clean, String database, int port) {

	public EmbeddedDatabaseProperties {
		dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
		database = database == null || database.isBlank() ? "myopenip" : database;
	}

}
