package fr.openip.myopenip.shared.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.modulith.NamedInterface;

/**
 * The jar's operations commands on the embedded database, run instead of the portal:
 * <ul>
 * <li>{@code java -jar myopenip.jar --backup=FILE}: an online backup of the embedded
 * PostgreSQL of the portal running on this machine ({@link EmbeddedBackup}), written to a
 * temporary file, forced to the disk, then renamed to FILE (a backup that fails leaves no
 * file that looks whole);</li>
 * <li>{@code java -jar myopenip.jar --restore=FILE}: unpacks it into the data folder,
 * which must be empty or absent; the next start of the portal recovers it.</li>
 * </ul>
 * The data folder is {@code myopenip.embedded-db.data-dir} as the portal reads it (an
 * argument {@code --myopenip.embedded-db.data-dir=…}, the environment
 * {@code MYOPENIP_EMBEDDED_DB_DATA_DIR}, else {@code data/postgres}).
 */
@NamedInterface("backup")
public final class BackupCommand {

	private BackupCommand() {
	}

	/** The command's exit status, or null when the arguments ask for the portal. */
	public static Integer run(String[] args, PrintStream out) {
		var arguments = new SimpleCommandLinePropertySource(args);
		if (!arguments.containsProperty("backup") && !arguments.containsProperty("restore")) {
			return null;
		}
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(arguments);
		EmbeddedDatabaseProperties properties = Binder.get(environment)
			.bind("myopenip.embedded-db", EmbeddedDatabaseProperties.class)
			.orElseGet(EmbeddedDatabaseProperties::defaults);
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		try {
			if (arguments.containsProperty("backup")) {
				Path file = Path.of(arguments.getProperty("backup")).toAbsolutePath();
				EmbeddedBackup.Summary summary = backup(dataDir, file);
				out.printf("Backup of %s written to %s: %d files, %d MB, journal %s to %s%n", dataDir, file,
						summary.files(), summary.bytes() / 1_000_000, summary.startLsn(), summary.stopLsn());
			}
			else {
				Path file = Path.of(arguments.getProperty("restore")).toAbsolutePath();
				int files;
				try (InputStream backup = Files.newInputStream(file)) {
					files = EmbeddedBackup.restore(backup, dataDir);
				}
				out.printf("Backup %s restored into %s (%d files): start the portal on that folder%n", file, dataDir,
						files);
			}
			return 0;
		}
		catch (IOException | SQLException ex) {
			out.println("Failed: " + ex.getMessage());
			return 1;
		}
	}

	/** Backs up the server running on that folder into {@code file}. */
	static EmbeddedBackup.Summary backup(Path dataDir, Path file) throws IOException, SQLException {
		int port = runningPort(dataDir);
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (Connection superuser = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", "postgres")) {
			EmbeddedBackup.Summary summary;
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
					OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel))) {
				summary = EmbeddedBackup.write(superuser, dataDir, stream);
				stream.flush();
				channel.force(true);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return summary;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The port of the server running on that folder, from its lock file. */
	private static int runningPort(Path dataDir) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(dataDir.resolve(LeftoverServer.PID_FILE));
		}
		catch (NoSuchFileException ex) {
			throw new IOException("No portal runs on " + dataDir
					+ ": start it, then back it up (or copy the folder while it is stopped)", ex);
		}
		boolean running = ProcessHandle.of(LeftoverServer.postmasterPid(dataDir))
			.filter(LeftoverServer::isRunning)
			.isPresent();
		if (!running || lines.size() < 4) {
			throw new IOException("The server of " + dataDir + " is not running: start the portal, then back it up");
		}
		return Integer.parseInt(lines.get(3).trim());
	}

}
