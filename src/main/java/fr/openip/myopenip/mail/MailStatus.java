package fr.openip.myopenip.mail;

/**
 * Where an e-mail of the outbox stands.
 */
public enum MailStatus {

	/** Waiting for SMTP (or kept only, when no SMTP server is configured). */
	PENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** Refused too many times; no longer tried. */
	FAILED

}
