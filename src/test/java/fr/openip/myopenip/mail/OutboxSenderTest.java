package fr.openip.myopenip.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class OutboxSenderTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	private final JavaMailSenderImpl mailSender = new JavaMailSenderImpl();

	@BeforeEach
	void pointAtGreenMail() {
		this.mailSender.setHost("127.0.0.1");
		this.mailSender.setPort(smtp.getSmtp().getPort());
		// Earlier tests queued mails too: send them now, so each test below counts only
		// its own.
		while (this.sender.sendPending(this.mailSender) > 0) {
			smtp.reset();
		}
		smtp.reset();
	}

	@Test
	void aQueuedMailIsKeptThenSentOverSmtpOnce() throws Exception {
		long mail = this.outbox.queue("client@exemple.fr", "Votre devis", "Bonjour,\nvoici votre devis.");
		assertThat(this.outbox.get(mail).getStatus()).isEqualTo(MailStatus.PENDING);

		assertThat(this.sender.sendPending(this.mailSender)).isEqualTo(1);
		assertThat(this.sender.sendPending(this.mailSender)).isZero();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Votre devis");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("client@exemple.fr");
		OutboxMail sent = this.outbox.get(mail);
		assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(sent.getSentAt()).isNotNull();
	}

	@Test
	void anUnreachableServerLeavesTheMailPendingWithItsError() {
		long mail = this.outbox.queue("client@exemple.fr", "Relance", "Texte");
		JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
		unreachable.setHost("127.0.0.1");
		unreachable.setPort(1);

		assertThat(this.sender.sendPending(unreachable)).isZero();

		OutboxMail kept = this.outbox.get(mail);
		assertThat(kept.getStatus()).isEqualTo(MailStatus.PENDING);
		assertThat(kept.getAttempts()).isEqualTo(1);
		assertThat(kept.getLastError()).isNotBlank();
		this.sender.sendPending(this.mailSender);
	}

	@Test
	void twoInstancesSendingAtOnceNeverSendAMailTwice() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.outbox.queue("lot" + i + "@exemple.fr", "Lot " + i, "Texte");
		}
		Thread other = new Thread(() -> this.sender.sendPending(this.mailSender));
		other.start();
		this.sender.sendPending(this.mailSender);
		other.join();
		while (this.sender.sendPending(this.mailSender) > 0) {
			// drain what both rounds left
		}
		assertThat(smtp.getReceivedMessages()).hasSize(30);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where status = 'PENDING'", Integer.class))
			.isZero();
	}

}
