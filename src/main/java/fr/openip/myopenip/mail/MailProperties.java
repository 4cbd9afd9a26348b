package fr.openip.myopenip.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's e-mail settings (SMTP itself is {@code spring.mail.*}).
 *
 * @param from sender address
 * @param sendInterval pause between two sending rounds
 * @param portalUrl where the portal is reached, for the links in mails
 * @param orderDesk where the order desk (ADV) reads the resellers' messages
 */
@ConfigurationProperties("myopenip.mail")
public record MailProperties(String from, Duration sendInterval, String portalUrl, String orderDesk) {

	public MailProperties {
		from = from == null ? "no-reply@myopenip.fr" : from;
		sendInterval = sendInterval == null ? Duration.ofSeconds(10) : sendInterval;
		portalUrl = portalUrl == null ? "http://localhost:8080" : portalUrl.replaceAll("/+$", "");
		orderDesk = orderDesk == null ? "adv@openip.fr" : orderDesk;
	}

}
