package fr.openip.myopenip.mail;

import java.util.Locale;

import java.time.Clock;

import fr.openip.myopenip.shared.NotFoundException;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.list.Pages;

/**
 * Every e-mail of the portal goes through here: it is stored first, in the caller's
 * transaction, and sent later by {@link OutboxSender}. So a rolled-back action sends
 * nothing.
 */
@AsThePortal
@Service
public class MailOutbox {

	private final OutboxMailRepository mails;

	private final EntityManager entities;

	private final Clock clock;

	private final MessageSource messages;

	MailOutbox(OutboxMailRepository mails, EntityManager entities, Clock clock, MessageSource messages) {
		this.mails = mails;
		this.entities = entities;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Queues a mail written from the messages, as pages are: {@code key.subject} and
	 * {@code key.body}, in French (the portal's language), with these arguments.
	 * @return the mail's id
	 */
	@Transactional
	public long queueMessage(String recipient, String key, Object... arguments) {
		return queue(recipient, this.messages.getMessage(key + ".subject", arguments, Locale.FRENCH),
				this.messages.getMessage(key + ".body", arguments, Locale.FRENCH));
	}

	/**
	 * Queues a mail in the caller's transaction, whoever the caller is: a reseller's
	 * connection may add to the outbox through {@code myopenip_queue_mail} (migration
	 * V11), never read it.
	 * @return the mail's id
	 */
	@Transactional
	public long queue(String recipient, String subject, String body) {
		return ((Number) this.entities
			.createNativeQuery("select myopenip_queue_mail(:recipient, :subject, :body, :now)")
			.setParameter("recipient", header(recipient))
			.setParameter("subject", header(subject))
			.setParameter("body", body)
			.setParameter("now", this.clock.instant())
			.getSingleResult()).longValue();
	}

	/**
	 * A header's value on one line: CR, LF and other control characters (which would
	 * start a header of their own, "Bcc: …") become spaces.
	 */
	static String header(String value) {
		return value == null ? null : value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
	}

	@Transactional(readOnly = true)
	public Page<OutboxMail> search(String recipient, MailStatus status, int page, int size) {
		Specification<OutboxMail> spec = (root, query, cb) -> cb.conjunction();
		if (StringUtils.hasText(recipient)) {
			String pattern = recipient.trim().toLowerCase() + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("recipient")), pattern));
		}
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		return this.mails.findAll(spec, Pages.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
	}

	@Transactional(readOnly = true)
	public OutboxMail get(long id) {
		return this.mails.findById(id).orElseThrow(() -> new NotFoundException("Mail", id));
	}

}
