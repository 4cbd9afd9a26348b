package fr.openip.myopenip.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no datasource URL is configured.
 *
 * @param dataDir folder holding the cluster; kept across restarts
 * @param clean whether to wipe the folder at start (tests do, the portal does not)
 * @param database name of the application's database inside the cluster
 * @param port port to listen on (loopback only); 0 picks a free one
 * @param durable whether every commit reaches the disk before it is acknowledged
 * ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on). The portal's
 * configuration never turns it off; the test suite does, for speed, on its throwaway
 * database.
 */
@ConfigurationProperties("myopenip.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, boolean clean, String database, int port,
		@DefaultValue("true") boolean durable) {

	public EmbeddedDatabaseProperties {
		dataDir = dataDir == null ? Path.of("data", "postgres") : dataDir;
		database = database == null || database.isBlank() ? "myopenip" : database;
	}

	/** The portal's defaults: {@code ./data/postgres}, kept, durable, any free port. */
	static EmbeddedDatabaseProperties defaults() {
		return new EmbeddedDatabaseProperties(null, false, null, 0, true);
	}

}
