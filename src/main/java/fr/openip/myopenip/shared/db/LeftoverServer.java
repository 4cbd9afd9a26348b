package fr.openip.myopenip.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a portal that died without stopping its embedded PostgreSQL leaves in the data
 * folder, cleared before a new server starts there:
 * <ul>
 * <li>the server itself, still running and holding the folder (a JVM killed where no
 * {@link ServerWatchdog} could run): stopped with PostgreSQL's fast shutdown, but only
 * when it is a {@code postgres} process serving this very folder;</li>
 * <li>the lock file {@code postmaster.pid} of a server no longer running (killed, or the
 * machine crashed): PostgreSQL takes it over and replays its journal, once the processes
 * of the dead server have ended; when its process id now belongs to a zombie or to
 * another program, the file is removed so that PostgreSQL does not take it for a live
 * server.</li>
 * </ul>
 * A folder in use by a portal still alive (it holds zonky's {@code epg-lock}) is never
 * touched: the start fails, saying so.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	static final String PID_FILE = "postmaster.pid";

	/** The lock every live portal holds on its folder (zonky's). */
	private static final String PORTAL_LOCK = "epg-lock";

	private static final long FAST_SHUTDOWN_SECONDS = 60;

	private static final long IMMEDIATE_SHUTDOWN_SECONDS = 15;

	private LeftoverServer() {
	}

	static void clear(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve(PID_FILE);
		if (!Files.isDirectory(dataDir) || !Files.exists(dataDir.resolve(PORTAL_LOCK))) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dataDir.resolve(PORTAL_LOCK), StandardOpenOption.WRITE);
				FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw new IllegalStateException("The embedded PostgreSQL folder " + dataDir
						+ " is in use by another running portal: stop it first, or give this one another"
						+ " myopenip.embedded-db.data-dir");
			}
			if (!Files.exists(pidFile)) {
				return;
			}
			long pid = postmasterPid(dataDir);
			Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(LeftoverServer::isRunning);
			if (process.isPresent() && servesFolder(process.get(), dataDir)) {
				stop(process.get(), dataDir);
				return;
			}
			log.warn("The PostgreSQL of {} (pid {}) stopped without its shutdown: it recovers from its journal as it"
					+ " starts", dataDir, pid);
			awaitNoProcessIn(dataDir);
			if (ProcessHandle.of(pid).isPresent()) {
				// its pid is now a zombie or another program's: PostgreSQL would take it
				// for a live server
				Files.deleteIfExists(pidFile);
			}
		}
	}

	/**
	 * The processes of a server killed without its shutdown (backends, workers) notice it
	 * and end on their own; a new server waits for them, since they may still hold its
	 * shared memory. They are found by their working directory, the data folder.
	 */
	private static void awaitNoProcessIn(Path dataDir) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(IMMEDIATE_SHUTDOWN_SECONDS);
		while (ProcessHandle.allProcesses()
			.filter(LeftoverServer::isRunning)
			.anyMatch((process) -> sameFolder(workingDirectory(process), dataDir))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Processes of a killed PostgreSQL still run in " + dataDir + ": stop them by hand");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for PostgreSQL's processes to end", ex);
			}
		}
	}

	/** Alive and not a zombie (a process ended that its parent has not reaped yet). */
	static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			int end = stat.lastIndexOf(')');
			return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
		}
		catch (IOException | SecurityException ex) {
			return true; // no /proc here: alive as far as we can tell
		}
	}

	private static Path workingDirectory(ProcessHandle process) {
		return Path.of("/proc", Long.toString(process.pid()), "cwd");
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null; // held by a server of this very JVM
		}
	}

	/** The postmaster's process id, the first line of its lock file. */
	static long postmasterPid(Path dataDir) throws IOException {
		List<String> lines = Files.readAllLines(dataDir.resolve(PID_FILE));
		try {
			return Long.parseLong(lines.get(0).trim());
		}
		catch (IndexOutOfBoundsException | NumberFormatException ex) {
			throw new IOException("Unreadable " + PID_FILE + " in " + dataDir, ex);
		}
	}

	/** Whether the process is a {@code postgres} server whose data folder is this one. */
	static boolean servesFolder(ProcessHandle process, Path dataDir) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command()
			.map((command) -> Path.of(command).getFileName().toString())
			.filter((name) -> name.equals("postgres") || name.equals("postgres.exe"))
			.isPresent();
		if (!postgres) {
			return false;
		}
		String[] arguments = info.arguments().orElse(new String[0]);
		for (int i = 0; i + 1 < arguments.length; i++) {
			if (arguments[i].equals("-D") && sameFolder(Path.of(arguments[i + 1]), dataDir)) {
				return true;
			}
		}
		// Linux: the server's working directory is its data folder
		return sameFolder(workingDirectory(process), dataDir);
	}

	private static boolean sameFolder(Path a, Path b) {
		try {
			return a.toRealPath().equals(b.toRealPath());
		}
		catch (IOException | SecurityException ex) {
			return false;
		}
	}

	private static void stop(ProcessHandle server, Path dataDir) throws IOException {
		log.warn("An embedded PostgreSQL left running by an earlier portal (pid {}) held {}: stopping it", server.pid(),
				dataDir);
		signal(server, "INT");
		if (!exited(server, FAST_SHUTDOWN_SECONDS)) {
			signal(server, "QUIT");
			if (!exited(server, IMMEDIATE_SHUTDOWN_SECONDS)) {
				throw new IllegalStateException("The PostgreSQL left running in " + dataDir + " (pid " + server.pid()
						+ ") does not stop: stop it by hand");
			}
		}
	}

	private static void signal(ProcessHandle process, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL", ex);
		}
	}

	/** Whether the process ended (zombies included) within that time. */
	static boolean exited(ProcessHandle process, long seconds) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (isRunning(process)) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while stopping PostgreSQL", ex);
			}
		}
		return true;
	}

}
