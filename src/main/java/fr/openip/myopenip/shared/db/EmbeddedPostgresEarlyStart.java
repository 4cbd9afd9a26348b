package fr.openip.myopenip.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, in the
 * background, while the rest of the portal starts; {@link EmbeddedPostgresConfiguration}
 * then takes it over. A server that no context takes over (a start that failed early) is
 * stopped when the JVM stops.
 */
class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private record Start(EmbeddedDatabaseProperties properties, CompletableFuture<EmbeddedServer> server) {
	}

	private static final AtomicReference<Start> PENDING = new AtomicReference<>();

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || PENDING.get() != null) {
			return;
		}
		EmbeddedDatabaseProperties properties = Binder.get(environment)
			.bind("myopenip.embedded-db", EmbeddedDatabaseProperties.class)
			.orElseGet(EmbeddedDatabaseProperties::defaults);
		var server = CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedServer.start(properties);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		Start start = new Start(properties, server);
		if (PENDING.compareAndSet(null, start)) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				if (PENDING.compareAndSet(start, null)) {
					server.thenAccept(EmbeddedPostgresEarlyStart::closeQuietly);
				}
			}, "embedded-postgres-unclaimed"));
		}
	}

	/** The server started early for these properties, if any; the caller now owns it. */
	static EmbeddedServer claim(EmbeddedDatabaseProperties properties) throws IOException {
		Start start = PENDING.get();
		if (start == null || !start.properties().equals(properties) || !PENDING.compareAndSet(start, null)) {
			return null;
		}
		try {
			return start.server().join();
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			throw ex;
		}
	}

	private static void closeQuietly(EmbeddedServer server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is stopping; nothing more to do
		}
	}

}
