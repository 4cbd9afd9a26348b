package fr.openip.myopenip.quote.domain;

import java.time.Instant;

/** A quote's attachment as its list shows it, without its content. */
public record AttachmentView(long id, String filename, int size, Instant createdAt, String createdBy) {
}
