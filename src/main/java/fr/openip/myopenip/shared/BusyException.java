package fr.openip.myopenip.shared;

import java.time.Duration;

/**
 * The portal is at its bound for this kind of work (PDFs rendering at once, database
 * connections): the request is answered 503 with {@code Retry-After} at once rather than
 * queued for a minute.
 */
public class BusyException extends RuntimeException {

	private final transient Duration retryAfter;

	public BusyException(String what, Duration retryAfter) {
		super(what, null, false, false);
		this.retryAfter = retryAfter;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

}
