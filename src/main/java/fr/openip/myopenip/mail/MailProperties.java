package fr.openip.myopenip.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's e-mail settings (SMTP itself is {@code spring.mail.*}).
 *
 * @param from sender address
 * @param sendInterval pause between two sending rounds
 */
@ConfigurationProperties("myopenip.mail")
public record MailProperties(String from, Duration sendInterval) {

	public MailProperties {
		from = from == null ? "no-reply@myopenip.fr" : from;
		sendInterval = sendInterval == null ? Duration.ofSeconds(10) : sendInterval;
	}

}
