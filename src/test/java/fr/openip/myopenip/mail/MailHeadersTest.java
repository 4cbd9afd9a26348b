package fr.openip.myopenip.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject or a recipient typed by a user (a conversation's subject) is one header line:
 * CR and LF never start a header of their own.
 */
class MailHeadersTest {

	@Test
	void carriageReturnsAndLineFeedsInAHeaderBecomeSpaces() {
		assertThat(MailOutbox.header("Portabilité\r\nBcc: tous@exemple.fr"))
			.isEqualTo("Portabilité Bcc: tous@exemple.fr");
		assertThat(MailOutbox.header("adv@openip.fr\n")).isEqualTo("adv@openip.fr");
		assertThat(MailOutbox.header("Ligne\u2028séparée\tici")).isEqualTo("Ligne séparée ici");
		assertThat(MailOutbox.header(null)).isNull();
	}

}
