package fr.openip.myopenip.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A figure read from the database at most once per period: a metrics scrape reads its
 * gauges one by one, and the gauges of one figure (a count per état) share one statement.
 * The period is a wall-clock interval between two reads, not a business date.
 */
public final class PeriodicReading<T> {

	private final Supplier<T> read;

	private final long periodNanos;

	private T value;

	private long readAt;

	public PeriodicReading(Duration period, Supplier<T> read) {
		this.read = read;
		this.periodNanos = period.toNanos();
	}

	/** The last value read, or a new one when it is older than the period. */
	public synchronized T get() {
		long now = System.nanoTime();
		if (this.value == null || now - this.readAt >= this.periodNanos) {
			this.value = this.read.get();
			this.readAt = now;
		}
		return this.value;
	}

}
