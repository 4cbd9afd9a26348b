package fr.openip.myopenip.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * The portal's embedded PostgreSQL: one cluster in its data folder, started from the
 * zonky binaries.
 * <ul>
 * <li>It is durable: a commit is on disk before it is acknowledged ({@code fsync},
 * {@code synchronous_commit}, {@code full_page_writes} on), so it survives a crash of the
 * JVM, of PostgreSQL or of the machine. Only the test suite turns that off, through
 * {@code myopenip.embedded-db.durable=false}.</li>
 * <li>A server left running by an earlier portal that was killed is stopped before
 * starting ({@link LeftoverServer}).</li>
 * <li>It does not outlive the portal: a {@link ServerWatchdog} stops it when the JVM
 * dies, however it dies.</li>
 * </ul>
 */
final class EmbeddedServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	/** Long enough for PostgreSQL to replay its journal after a crash. */
	private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

	private final EmbeddedPostgres postgres;

	private final ServerWatchdog watchdog;

	private EmbeddedServer(EmbeddedPostgres postgres, ServerWatchdog watchdog) {
		this.postgres = postgres;
		this.watchdog = watchdog;
	}

	/** Starts the server and creates the portal's database in it when missing. */
	static EmbeddedServer start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		if (properties.clean()) {
			FileSystemUtils.deleteRecursively(dataDir);
		}
		else {
			LeftoverServer.clear(dataDir);
		}
		log.info("Starting embedded PostgreSQL with its data in {}", dataDir);
		String durable = properties.durable() ? "on" : "off";
		var builder = EmbeddedPostgres.builder();
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.setDataDirectory(dataDir)
			.setCleanDataDirectory(properties.clean())
			.setRegisterShutdownHook(false)
			.setPGStartupWait(STARTUP_WAIT)
			.setServerConfig("fsync", durable)
			.setServerConfig("synchronous_commit", durable)
			.setServerConfig("full_page_writes", durable)
			.setServerConfig("max_connections", "100")
			// TCP on localhost only: no Unix socket, whose lock file in /tmp would name
			// the
			// killed server of an earlier portal and keep a new one off a fixed port
			.setServerConfig("unix_socket_directories", "")
			.start();
		long pid = LeftoverServer.postmasterPid(dataDir);
		var server = new EmbeddedServer(postgres, ServerWatchdog.watch(dataDir, pid));
		try {
			server.createDatabaseIfMissing(properties.database());
		}
		catch (IOException | RuntimeException ex) {
			server.close();
			throw ex;
		}
		log.info("Embedded PostgreSQL ready on localhost:{} (pid {}), {}", postgres.getPort(), pid, properties.durable()
				? "durable: every commit reaches the disk" : "NOT durable (fsync off): for throwaway test data only");
		return server;
	}

	String jdbcUrl(String database) {
		return this.postgres.getJdbcUrl("postgres", database);
	}

	/** The cluster's own {@code postgres} database, as its superuser. */
	DataSource adminDataSource() {
		return this.postgres.getPostgresDatabase();
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.watchdog.close();
		}
	}

	private void createDatabaseIfMissing(String database) throws IOException {
		try (Connection connection = adminDataSource().getConnection()) {
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

}
