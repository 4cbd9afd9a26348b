package fr.openip.myopenip.shared.db;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill: an embedded PostgreSQL under write load (four writers committing row
 * after row) is backed up while it runs, the backup restored into a fresh folder, a
 * server started on it: every row committed before the backup stopped is there, nothing
 * that was never committed, and each writer's rows without a hole. The jar's command does
 * the same from another process's point of view (the port read from the lock file); a
 * restore never goes over a cluster, nor outside its folder.
 */
class BackupRestoreDrillTest {

	private static final int WRITERS = 4;

	@TempDir
	Path folder;

	private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

	private EmbeddedDatabaseProperties properties(String name) {
		return new EmbeddedDatabaseProperties(this.folder.resolve(name), false, "drill", 0, false);
	}

	@Test
	void aBackupTakenUnderWriteLoadRestoresEveryCommittedRow() throws Exception {
		var live = properties("live");
		Path backup = this.folder.resolve("drill.zip");
		Set<String> committed = ConcurrentHashMap.newKeySet();
		Set<String> beforeStop = new HashSet<>();
		try (var server = this.configuration.embeddedServer(live);
				var dataSource = this.configuration.dataSource(server, live)) {
			var jdbc = new JdbcTemplate(dataSource);
			jdbc.execute("create table drill (writer int, seq int, filler text, primary key (writer, seq))");
			AtomicBoolean writing = new AtomicBoolean(true);
			List<Thread> writers = new ArrayList<>();
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				Thread thread = new Thread(() -> {
					for (int seq = 1; writing.get(); seq++) {
						jdbc.update("insert into drill values (?, ?, repeat('x', 500))", writer, seq);
						committed.add(writer + ":" + seq);
					}
				});
				thread.start();
				writers.add(thread);
			}
			Thread.sleep(500);
			int atStart = committed.size();
			try (Connection superuser = server.adminDataSource().getConnection();
					var out = Files.newOutputStream(backup)) {
				var summary = EmbeddedBackup.write(superuser, live.dataDir().toAbsolutePath(), out,
						() -> beforeStop.addAll(committed));
				assertThat(summary.files()).isPositive();
				assertThat(summary.startLsn()).isNotEqualTo(summary.stopLsn());
			}
			Thread.sleep(300);
			writing.set(false);
			for (Thread writer : writers) {
				writer.join();
			}
			assertThat(beforeStop.size()).as("rows committed during the copy").isGreaterThan(atStart);
			assertThat(jdbc.queryForObject("select count(*) from pg_replication_slots", Integer.class))
				.as("the backup's slot is gone")
				.isZero();
		}

		var restored = properties("restored");
		try (InputStream in = Files.newInputStream(backup)) {
			assertThat(EmbeddedBackup.restore(in, restored.dataDir())).isPositive();
		}
		Set<String> rows = new HashSet<>();
		try (var server = this.configuration.embeddedServer(restored);
				var dataSource = this.configuration.dataSource(server, restored)) {
			new JdbcTemplate(dataSource).query("select writer, seq from drill",
					(RowCallbackHandler) (row) -> rows.add(row.getInt(1) + ":" + row.getInt(2)));
		}
		assertThat(rows).containsAll(beforeStop);
		assertThat(committed).containsAll(rows);
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			long count = rows.stream().filter((row) -> row.startsWith(writer + ":")).count();
			for (int seq = 1; seq <= count; seq++) {
				assertThat(rows).as("writer %d without a hole", writer).contains(writer + ":" + seq);
			}
		}
	}

	@Test
	void theJarsCommandsBackUpTheRunningPortalAndRestoreIntoAnEmptyFolderOnly() throws Exception {
		var live = properties("running");
		Path backup = this.folder.resolve("command.zip");
		var output = new ByteArrayOutputStream();
		var console = new PrintStream(output, true, StandardCharsets.UTF_8);
		try (var server = this.configuration.embeddedServer(live);
				var dataSource = this.configuration.dataSource(server, live)) {
			new JdbcTemplate(dataSource).execute("create table kept as select 'sauvegardé' as word");
			assertThat(BackupCommand.run(
					new String[] { "--backup=" + backup, "--myopenip.embedded-db.data-dir=" + live.dataDir() },
					console))
				.as(output.toString(StandardCharsets.UTF_8))
				.isZero();
		}
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("Backup of", "written to " + backup);
		assertThat(backup.resolveSibling("command.zip.partial")).doesNotExist();

		// the portal stopped: nothing to back up, and no file written
		Path none = this.folder.resolve("none.zip");
		assertThat(BackupCommand
			.run(new String[] { "--backup=" + none, "--myopenip.embedded-db.data-dir=" + live.dataDir() }, console))
			.isEqualTo(1);
		assertThat(none).doesNotExist();

		var restored = properties("restored-by-command");
		assertThat(BackupCommand.run(
				new String[] { "--restore=" + backup, "--myopenip.embedded-db.data-dir=" + restored.dataDir() },
				console))
			.isZero();
		try (var server = this.configuration.embeddedServer(restored);
				var dataSource = this.configuration.dataSource(server, restored)) {
			assertThat(new JdbcTemplate(dataSource).queryForObject("select word from kept", String.class))
				.isEqualTo("sauvegardé");
		}
		// over a cluster: refused, the cluster untouched
		long files;
		try (var content = Files.walk(restored.dataDir())) {
			files = content.count();
		}
		assertThat(BackupCommand.run(
				new String[] { "--restore=" + backup, "--myopenip.embedded-db.data-dir=" + restored.dataDir() },
				console))
			.isEqualTo(1);
		try (InputStream in = Files.newInputStream(backup)) {
			assertThatThrownBy(() -> EmbeddedBackup.restore(in, restored.dataDir()))
				.isInstanceOf(FileAlreadyExistsException.class);
		}
		try (var content = Files.walk(restored.dataDir())) {
			assertThat(content.count()).isEqualTo(files);
		}
	}

	@Test
	void aFileThatIsNoBackupOrLeavesItsFolderIsRefused() throws Exception {
		assertThatThrownBy(() -> EmbeddedBackup.restore(zip("../outside", "x"), this.folder.resolve("a")))
			.hasMessageContaining("leaves its folder");
		assertThat(this.folder.resolve("outside")).doesNotExist();
		assertThatThrownBy(() -> EmbeddedBackup.restore(zip("PG_VERSION", "18"), this.folder.resolve("b")))
			.hasMessageContaining("no backup_label");
		assertThat(this.folder.resolve("b")).as("nothing half-restored").doesNotExist();
	}

	private static InputStream zip(String name, String content) throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

}
