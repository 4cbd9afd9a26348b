package fr.openip.myopenip.mail;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.AsThePortal;

/**
 * Sends the pending mails of the outbox over SMTP, when {@code spring.mail.host} is set.
 * Safe with several instances: each round locks the rows it sends and skips the rows
 * others hold.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final OutboxMailRepository mails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final Clock clock;

	private final Counter failures;

	OutboxSender(OutboxMailRepository mails, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
			Clock clock, MeterRegistry meters) {
		this.mails = mails;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
		this.failures = Counter.builder("myopenip.outbox.send.failures")
			.description("Sending attempts the SMTP server refused or did not answer, on this instance")
			.register(meters);
	}

	/**
	 * The scheduler's round: through the proxy, so that the round carries its transaction
	 * (the rows stay locked until each is marked sent) and the portal's identity. Calling
	 * {@link #sendPending} from here would bypass both: mails sent, never marked, sent
	 * again the next round (what ScaleOutIT caught).
	 */
	@Scheduled(fixedDelayString = "${myopenip.mail.send-interval:10s}",
			initialDelayString = "${myopenip.mail.send-interval:10s}")
	@AsThePortal
	@Transactional
	public void scheduledRound() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender != null) {
			send(sender);
		}
	}

	/**
	 * Sends one batch of pending mails through the given sender; answers how many were
	 * sent.
	 */
	@AsThePortal
	@Transactional
	public int sendPending(JavaMailSender sender) {
		return send(sender);
	}

	private int send(JavaMailSender sender) {
		int sent = 0;
		for (OutboxMail mail : this.mails.lockPending(BATCH)) {
			try {
				var message = sender.createMimeMessage();
				var helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(this.properties.from());
				helper.setTo(mail.getRecipient());
				helper.setSubject(mail.getSubject());
				helper.setText(mail.getBody(), false);
				sender.send(message);
				mail.markSent(this.clock.instant());
				sent++;
			}
			catch (MailException | MessagingException ex) {
				log.warn("Mail {} to {} not sent: {}", mail.getId(), mail.getRecipient(), ex.getMessage());
				mail.markFailedAttempt(ex.getMessage());
				this.failures.increment();
			}
		}
		return sent;
	}

}
