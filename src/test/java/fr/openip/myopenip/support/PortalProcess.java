package fr.openip.myopenip.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal in a JVM of its own, started as it ships (its main class, no test profile,
 * the demo data on), on an embedded PostgreSQL in a given folder and port: what a user
 * runs, so that a test can kill it.
 */
public final class PortalProcess implements AutoCloseable {

	private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);

	private final Process process;

	private final Path log;

	private final HttpPortal http;

	private PortalProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.http = new HttpPortal(port);
	}

	/** Starts the portal and waits until it answers its health check. */
	public static PortalProcess start(Path dataDir, int databasePort, Path log) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"fr.openip.myopenip.MyOpenIpApplication", "--server.port=" + port,
				"--myopenip.embedded-db.data-dir=" + dataDir, "--myopenip.embedded-db.port=" + databasePort,
				"--spring.profiles.active=demo", "--myopenip.mail.send-interval=1h"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		var portal = new PortalProcess(process, log, port);
		portal.awaitHealthy();
		return portal;
	}

	/**
	 * Launches the jar as it ships, on this port, with these arguments, without waiting:
	 * several can start at once ({@link #awaitHealthy()} then waits for each).
	 */
	public static PortalProcess launchJar(Path jar, int port, Path log, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx384m", "-jar", jar.toString(), "--server.port=" + port));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new PortalProcess(process, log, port);
	}

	public static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public ProcessHandle handle() {
		return this.process.toHandle();
	}

	/** The JVM's log so far. */
	public String log() throws IOException {
		return Files.readString(this.log);
	}

	/** Logs in through the login page, as a user would. */
	public void login(String username, String password, String entry) throws Exception {
		this.http.login(username, password, entry);
	}

	/** Posts a form as the browser would, with the CSRF token of the page holding it. */
	public HttpResponse<String> post(String path, Map<String, String> fields, String formPage) throws Exception {
		return this.http.post(path, fields, formPage);
	}

	public HttpResponse<String> get(String path) throws Exception {
		return this.http.get(path);
	}

	/** Kills the JVM with SIGKILL: no shutdown hook runs. */
	public void kill() throws Exception {
		this.process.destroyForcibly();
		this.process.onExit().get();
	}

	@Override
	public void close() throws Exception {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	/** Waits until the portal answers its health check (at most three minutes). */
	public void awaitHealthy() throws Exception {
		long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The portal stopped while starting:\n" + tail());
			}
			try {
				if (get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The portal did not start within " + STARTUP_LIMIT + ":\n" + tail());
	}

	/** What says why a start failed: the server's own words, then the last lines. */
	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(this.log);
		List<String> server = lines.stream()
			.filter((line) -> line.contains("FATAL") || line.contains("PANIC") || line.contains("pg_ctl")
					|| line.contains("LeftoverServer") || line.contains("ServerWatchdog"))
			.limit(40)
			.toList();
		return String.join("\n", server) + "\n...\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
