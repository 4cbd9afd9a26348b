package fr.openip.myopenip.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.util.FileSystemUtils;
import org.springframework.modulith.NamedInterface;

/**
 * A consistent copy of the embedded PostgreSQL taken while the portal runs, and its
 * restore. PostgreSQL's low-level base backup
 * (https://www.postgresql.org/docs/18/continuous-archiving.html#BACKUP-LOWLEVEL-BASE-BACKUP):
 * {@code pg_backup_start} in one session, a copy of the cluster's folder as it is (pages
 * written meanwhile are repaired by the journal, full-page writes being forced during a
 * backup), {@code pg_backup_stop} giving the {@code backup_label} to put in the copy,
 * then the journal (WAL) segments from the backup's start to its stop. A temporary
 * replication slot, taken first, keeps those segments from being recycled by a checkpoint
 * during the copy, and goes with the session if the backup dies. The copy leaves out what
 * the documentation says to leave out (the lock file, the journal but the segments it
 * needs, temporary and shared-memory folders, which are kept empty).
 * <p>
 * Restored into an empty folder, the copy starts as any crashed server does: PostgreSQL
 * reads {@code backup_label}, replays the journal copied with it, and has every
 * transaction committed before the backup stopped. One ZIP file, deflated.
 */
@NamedInterface("backup")
public final class EmbeddedBackup {

	/** Folders kept empty in the copy (section 25.3.3.2 of the documentation). */
	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
			"pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	/**
	 * Files never copied: the lock file and what a server writes for its own run only.
	 */
	private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
			"backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old", "epg-lock");

	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	/** What a backup holds: files and bytes read, and the journal's range. */
	public record Summary(int files, long bytes, String startLsn, String stopLsn) {
	}

	private EmbeddedBackup() {
	}

	/**
	 * Writes a consistent copy of the cluster in {@code dataDir} to {@code out}, through
	 * {@code superuser}, a connection to that very server as its superuser, used for the
	 * whole backup (a non-exclusive backup belongs to its session).
	 */
	public static Summary write(Connection superuser, Path dataDir, OutputStream out) throws IOException, SQLException {
		return write(superuser, dataDir, out, () -> {
		});
	}

	/**
	 * The same; {@code beforeStop} runs when the folder is copied, just before the stop.
	 */
	static Summary write(Connection superuser, Path dataDir, OutputStream out, Runnable beforeStop)
			throws IOException, SQLException {
		String slot = "myopenip_backup_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		try (Statement statement = superuser.createStatement()) {
			// reserve the journal from now on, then start: the backup's start lies after
			// it
			statement.execute("select pg_create_physical_replication_slot('" + slot + "', true, true)");
			String[] start = row(superuser, "select l::text, pg_walfile_name(l) from pg_backup_start(?, true) l",
					"myopenip " + Instant.now());
			var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			zip.setLevel(Deflater.BEST_SPEED);
			long[] copied = new long[2];
			try {
				copyFolder(dataDir, zip, copied);
				beforeStop.run();
			}
			catch (IOException | RuntimeException ex) {
				statement.execute("select pg_backup_stop(false)");
				throw ex;
			}
			String[] stop = row(superuser,
					"select labelfile, spcmapfile, lsn::text, pg_walfile_name(lsn) from pg_backup_stop(false)");
			// the segment holding the stop is completed and written, so the copy reads it
			// whole
			statement.execute("select pg_switch_wal()");
			add(zip, "backup_label", stop[0].getBytes(StandardCharsets.UTF_8));
			if (stop[1] != null && !stop[1].isEmpty()) {
				add(zip, "tablespace_map", stop[1].getBytes(StandardCharsets.UTF_8));
			}
			for (Path segment : journal(dataDir.resolve("pg_wal"), start[1], stop[3])) {
				copyFile(dataDir, segment, zip, copied);
			}
			zip.finish();
			statement.execute("select pg_drop_replication_slot('" + slot + "')");
			return new Summary((int) copied[0], copied[1], start[0], stop[2]);
		}
	}

	/**
	 * Unpacks a backup into {@code dataDir}, which must not exist or be empty: the portal
	 * then starts on it. Paths leaving the folder are refused.
	 * @throws FileAlreadyExistsException when the folder holds something
	 */
	public static int restore(InputStream backup, Path dataDir) throws IOException {
		Path root = dataDir.toAbsolutePath().normalize();
		if (Files.isDirectory(root)) {
			try (Stream<Path> content = Files.list(root)) {
				if (content.findAny().isPresent()) {
					throw new FileAlreadyExistsException(root.toString(), null,
							"a restore goes into an empty folder, not over a cluster");
				}
			}
		}
		createPrivateFolder(root);
		try {
			return unpack(backup, root);
		}
		catch (IOException | RuntimeException ex) {
			// nothing half-restored: the folder was empty, it is again
			FileSystemUtils.deleteRecursively(root);
			throw ex;
		}
	}

	private static int unpack(InputStream backup, Path root) throws IOException {
		int files = 0;
		boolean labelled = false;
		try (var zip = new ZipInputStream(backup, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path target = root.resolve(entry.getName()).normalize();
				if (!target.startsWith(root) || target.equals(root)) {
					throw new IOException("A backup entry leaves its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					createPrivateFolder(target);
					continue;
				}
				createPrivateFolder(target.getParent());
				Files.copy(zip, target);
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
				labelled |= entry.getName().equals("backup_label");
				files++;
			}
		}
		if (!labelled) {
			throw new IOException("Not a backup of the portal: no backup_label in it");
		}
		return files;
	}

	private static void createPrivateFolder(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
	}

	private static void copyFolder(Path dataDir, ZipOutputStream zip, long[] copied) throws IOException {
		Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
				if (folder.equals(dataDir)) {
					return FileVisitResult.CONTINUE;
				}
				String name = dataDir.relativize(folder).toString().replace('\\', '/');
				zip.putNextEntry(new ZipEntry(name + "/"));
				zip.closeEntry();
				if (EMPTIED.contains(name)) {
					if (name.equals("pg_wal")) {
						zip.putNextEntry(new ZipEntry("pg_wal/archive_status/"));
						zip.closeEntry();
						zip.putNextEntry(new ZipEntry("pg_wal/summaries/"));
						zip.closeEntry();
					}
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				String name = file.getFileName().toString();
				if (!SKIPPED.contains(name) && !name.startsWith("pgsql_tmp") && attributes.isRegularFile()) {
					copyFile(dataDir, file, zip, copied);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
				// a table dropped or a temporary file gone meanwhile: the journal knows
				if (failure instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw failure;
			}

		});
	}

	private static void copyFile(Path dataDir, Path file, ZipOutputStream zip, long[] copied) throws IOException {
		InputStream content;
		try {
			content = Files.newInputStream(file);
		}
		catch (NoSuchFileException gone) {
			return;
		}
		try (content) {
			zip.putNextEntry(new ZipEntry(dataDir.relativize(file).toString().replace('\\', '/')));
			copied[1] += content.transferTo(zip);
			zip.closeEntry();
			copied[0]++;
		}
	}

	/** The segments from the start's to the stop's, and the timelines' history files. */
	private static List<Path> journal(Path wal, String first, String last) throws IOException {
		List<Path> segments = new ArrayList<>();
		try (Stream<Path> files = Files.list(wal)) {
			files.filter((file) -> {
				String name = file.getFileName().toString();
				return name.endsWith(".history")
						|| SEGMENT.matcher(name).matches() && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
			}).sorted().forEach(segments::add);
		}
		if (segments.stream().noneMatch((segment) -> segment.getFileName().toString().equals(first))) {
			throw new IOException("The journal segment " + first + " the backup starts from is gone");
		}
		return segments;
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static String[] row(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				String[] values = new String[rows.getMetaData().getColumnCount()];
				for (int i = 0; i < values.length; i++) {
					values[i] = rows.getString(i + 1);
				}
				return values;
			}
		}
	}

}
