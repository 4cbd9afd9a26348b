package fr.openip.myopenip.shared.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import fr.openip.myopenip.shared.BusyException;
import org.springframework.modulith.NamedInterface;

/**
 * Online backups of the embedded PostgreSQL the portal runs on ({@link EmbeddedBackup}):
 * a bean only where the portal runs one (a server of its own is backed up with the
 * server's tools). One backup at a time: a second is refused while one is written.
 */
@NamedInterface("backup")
public class EmbeddedBackups {

	private final EmbeddedServer server;

	private final Path dataDir;

	private final Semaphore one = new Semaphore(1);

	EmbeddedBackups(EmbeddedServer server, EmbeddedDatabaseProperties properties) {
		this.server = server;
		this.dataDir = properties.dataDir().toAbsolutePath().normalize();
	}

	/**
	 * Takes the right to write a backup, or refuses at once when one is being written.
	 * @throws BusyException when another backup runs
	 */
	public Backup begin() {
		if (!this.one.tryAcquire()) {
			throw new BusyException("a backup is being written", Duration.ofMinutes(1));
		}
		return new Backup();
	}

	/** The right to write one backup, given back when it is written (or failed). */
	public final class Backup {

		private Backup() {
		}

		/** Writes the backup to {@code out} (a ZIP file), then gives the right back. */
		public EmbeddedBackup.Summary writeTo(OutputStream out) throws IOException {
			try (Connection superuser = EmbeddedBackups.this.server.adminDataSource().getConnection()) {
				return EmbeddedBackup.write(superuser, EmbeddedBackups.this.dataDir, out);
			}
			catch (SQLException ex) {
				throw new IOException("The backup failed: " + ex.getMessage(), ex);
			}
			finally {
				EmbeddedBackups.this.one.release();
			}
		}

	}

}
