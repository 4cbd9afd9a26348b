package fr.openip.myopenip.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded PostgreSQL from outliving the portal. PostgreSQL runs as a daemon of
 * its own (its {@code pg_ctl} detaches it), so a JVM that dies without running its
 * shutdown hooks (killed, out of memory) would leave it running and holding the data
 * folder. The watchdog is a small shell process reading a pipe whose other end only the
 * JVM holds: when the JVM is gone, however it went, the pipe closes and the watchdog asks
 * the server for a fast shutdown, if the folder's lock file still names the server it was
 * given. It ignores hang-ups and interrupts, so a closed terminal cannot end it first.
 * Where no POSIX shell exists, there is no watchdog and {@link LeftoverServer} stops the
 * server at the next start instead.
 */
final class ServerWatchdog implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

	private static final String SCRIPT = "trap '' HUP INT TERM QUIT; cat > /dev/null; " + "if [ \"$(head -n 1 \"$1/"
			+ LeftoverServer.PID_FILE + "\" 2>/dev/null)\" = \"$2\" ]; " + "then kill -INT \"$2\"; fi";

	private final Process process;

	private ServerWatchdog(Process process) {
		this.process = process;
	}

	static ServerWatchdog watch(Path dataDir, long pid) {
		if (System.getProperty("os.name", "").startsWith("Windows")) {
			return new ServerWatchdog(null);
		}
		try {
			Process process = new ProcessBuilder("sh", "-c", SCRIPT, "myopenip-postgres-watchdog", dataDir.toString(),
					Long.toString(pid))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return new ServerWatchdog(process);
		}
		catch (IOException ex) {
			log.info("No watchdog for the embedded PostgreSQL here ({}): a portal killed leaves its server running,"
					+ " and the next start stops it", ex.getMessage());
			return new ServerWatchdog(null);
		}
	}

	/**
	 * Ends the watchdog once the server is stopped: closing the pipe makes it look at the
	 * lock file, which a stopped server no longer has, and leave.
	 */
	@Override
	public void close() {
		if (this.process != null) {
			try (OutputStream pipe = this.process.getOutputStream()) {
				pipe.flush();
			}
			catch (IOException ex) {
				// already closed: the watchdog is leaving
			}
		}
	}

}
