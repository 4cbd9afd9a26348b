package fr.openip.myopenip.order;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Conversations with the order desk (guide 000): a reseller starts one about its order,
 * the order desk reads it (unread until then) and answers, each side hears by mail; the
 * contact changes; a closed one takes no more messages; another reseller sees nothing;
 * HTML is shown as text, an oversized message is refused with nothing written.
 */
@PortalIntegrationTest
class ConversationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private RequestPostProcessor adv() {
		return this.logins.as(DemoUsers.ADV);
	}

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private long messages(long conversation) {
		return this.jdbc.queryForObject("select count(*) from conversation_message where conversation_id = ?",
				Long.class, conversation);
	}

	private long mailsTo(String recipient, String subjectPart) {
		return this.jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and subject like ?",
				Long.class, recipient, "%" + subjectPart + "%");
	}

	private long start(OrderView order, String subject) throws Exception {
		String location = this.mvc
			.perform(post("/conversations").with(csrf())
				.param("orderId", String.valueOf(order.id()))
				.param("offerId", String.valueOf(order.contractedOfferId()))
				.param("subject", subject)
				.param("message", "Le client demande une date de mise en service.\n<b>Urgent</b>")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/conversations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void aResellerAndTheOrderDeskTalkAboutAnOrder() throws Exception {
		OrderView order = this.orders.forAlpha("Conversation Client", 1);
		String resellerEmail = this.jdbc.queryForObject("select email from user_account where username = ?",
				String.class, DemoUsers.RESELLER_ALPHA);
		long conversation = start(order, "Date de mise en service");
		assertThat(messages(conversation)).isEqualTo(1L);
		assertThat(mailsTo("adv@openip.fr", order.number() + " : Date de mise en service")).isEqualTo(1L);
		this.mvc.perform(get("/contracted-offers/{id}/conversations", order.contractedOfferId()).with(alpha()))
			.andExpect(content().string(containsString("Conversations (1)")))
			.andExpect(content().string(containsString("Date de mise en service")))
			.andExpect(content().string(not(containsString("Non lu"))));
		// unread for the order desk until it opens it
		this.mvc.perform(get("/conversations").param("order", order.number()).with(adv()))
			.andExpect(content().string(containsString("Non lu")))
			.andExpect(content().string(containsString("revendeur1")));
		this.mvc.perform(get("/conversations/{id}", conversation).with(adv()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;b&gt;Urgent&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>Urgent</b>"))));
		this.mvc.perform(get("/conversations").param("order", order.number()).with(adv()))
			.andExpect(content().string(not(containsString("Non lu"))));
		this.mvc
			.perform(post("/conversations/{id}/messages", conversation).with(csrf())
				.param("message", "La mise en service est prévue vendredi.")
				.with(adv()))
			.andExpect(status().is3xxRedirection());
		assertThat(mailsTo(resellerEmail, order.number())).isEqualTo(1L);
		this.mvc.perform(get("/conversations").param("order", order.number()).with(alpha()))
			.andExpect(content().string(containsString("Non lu")))
			.andExpect(content().string(containsString("<td>adv</td>")));
		// "Modifier le contact": refused, then changed; the desk's next answer goes there
		this.mvc
			.perform(post("/conversations/{id}/contact", conversation).with(csrf())
				.param("email", "pas une adresse")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez une adresse e-mail valide.")));
		assertThat(this.jdbc.queryForObject("select contact_email from conversation where id = ?", String.class,
				conversation))
			.isEqualTo(resellerEmail);
		this.mvc
			.perform(post("/conversations/{id}/contact", conversation).with(csrf())
				.param("email", "technique@client.fr")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/conversations/{id}/messages", conversation).with(csrf())
				.param("message", "Confirmé pour vendredi 9 h.")
				.with(adv()))
			.andExpect(status().is3xxRedirection());
		assertThat(mailsTo("technique@client.fr", order.number())).isEqualTo(1L);
		// closed: nothing more
		this.mvc.perform(post("/conversations/{id}/close", conversation).with(csrf()).with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/conversations/{id}/messages", conversation).with(csrf())
				.param("message", "Encore une chose")
				.with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Cette conversation est clôturée.")));
		assertThat(messages(conversation)).isEqualTo(3L);
		this.mvc.perform(get("/conversations").param("state", "CLOSED").param("order", order.number()).with(alpha()))
			.andExpect(content().string(containsString("Clôturée")));
	}

	@Test
	void anotherResellerNeitherSeesNorWritesAndBadMessagesWriteNothing() throws Exception {
		OrderView order = this.orders.forAlpha("Conversation Privée", 1);
		long conversation = start(order, "Question privée");
		RequestPostProcessor beta = this.logins.as(DemoUsers.RESELLER_BETA);
		this.mvc.perform(get("/conversations/{id}", conversation).with(beta)).andExpect(status().isNotFound());
		this.mvc.perform(
				post("/conversations/{id}/messages", conversation).with(csrf()).param("message", "Intrus").with(beta))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/conversations/{id}/close", conversation).with(csrf()).with(beta))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/conversations").with(csrf())
				.param("orderId", String.valueOf(order.id()))
				.param("subject", "Intrus")
				.param("message", "Intrus")
				.with(beta))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/conversations").param("order", order.number()).with(beta))
			.andExpect(content().string(not(containsString("Question privée"))));
		assertThat(messages(conversation)).isEqualTo(1L);
		// no subject, an empty message, a message too long: said, and nothing written
		this.mvc
			.perform(post("/conversations").with(csrf())
				.param("orderId", String.valueOf(order.id()))
				.param("offerId", String.valueOf(order.contractedOfferId()))
				.param("subject", " ")
				.param("message", "Texte")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/contracted-offers/*/conversations"));
		assertThat(this.jdbc.queryForObject("select count(*) from conversation where order_id = ?", Long.class,
				order.id()))
			.isEqualTo(1L);
		this.mvc
			.perform(post("/conversations/{id}/messages", conversation).with(csrf())
				.param("message", "x".repeat(5001))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Écrivez un message d&#39;au plus 5000 caractères.")));
		HttpPortal portal = new HttpPortal(this.port).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
		var response = portal.post("/conversations/" + conversation + "/messages",
				Map.of("message", "x".repeat(1_000_000)), "/conversations/" + conversation);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("Écrivez un message d&#39;au plus 5000 caractères.");
		assertThat(messages(conversation)).isEqualTo(1L);
	}

}
