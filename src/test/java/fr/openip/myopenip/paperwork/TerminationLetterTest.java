package fr.openip.myopenip.paperwork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.TestOrders;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.pdf.Seals;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Lettre de résiliation": drawn when the reseller asks for the termination, among the
 * OC's forms; sent to the client's administrator, signed from its link and sealed, or
 * refused; a termination withdrawn takes away the letter the client has not answered; a
 * link past the termination's date is gone. Another reseller's letter answers 404.
 */
@PortalIntegrationTest
class TerminationLetterTest {

	private static final Pattern LINK = Pattern.compile("/termination-letters/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	/** A delivered OC of a new client of Alpha, its termination asked for in a month. */
	private long terminated(String clientName) throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", clientName, "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		this.orders.deliver(order);
		long oc = order.contractedOfferId();
		this.jdbc.update("update contact set administrator = false where company_id = ?", clientOf(oc));
		this.jdbc.update("update contact set administrator = true, email = 'direction@client.test' "
				+ "where id = (select min(id) from contact where company_id = ?)", clientOf(oc));
		askTermination(oc);
		return oc;
	}

	private void askTermination(long oc) throws Exception {
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version", String.valueOf(version("contracted_offer", oc)))
				.param("date", terminationDate().toString())
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
	}

	private static LocalDate terminationDate() {
		return LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(4);
	}

	private long clientOf(long oc) {
		return this.jdbc.queryForObject("select client_id from contracted_offer where id = ?", Long.class, oc);
	}

	private Map<String, Object> letterOf(long oc) {
		return this.jdbc.queryForMap("select * from sales_form where contracted_offer_number = "
				+ "(select number from contracted_offer where id = ?) order by unit desc limit 1", oc);
	}

	private static long id(Map<String, Object> row) {
		return ((Number) row.get("id")).longValue();
	}

	private String send(long letter) throws Exception {
		this.mvc
			.perform(post("/forms/{id}/send", letter).with(csrf())
				.param("version", String.valueOf(version("sales_form", letter)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		String body = this.jdbc.queryForObject(
				"select body from outbox_mail where recipient = 'direction@client.test' order by id desc limit 1",
				String.class);
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void theLetterIsDrawnSentSignedBeforeItsDateAndSealed() throws Exception {
		long oc = terminated("Lettre Signée");
		Map<String, Object> letter = letterOf(oc);
		assertThat(letter).containsEntry("form_type", "TERMINATION_LETTER")
			.containsEntry("state", "COMPLETED")
			.containsEntry("site_name",
					this.jdbc.queryForObject("select site_name from contracted_offer where id = ?", String.class, oc));
		assertThat(letter.get("terminates_on").toString()).isEqualTo(terminationDate().toString());
		long id = id(letter);
		// among the OC's forms ("Voir les formulaires": the quote's number)
		this.mvc
			.perform(get("/forms").param("type", "TERMINATION_LETTER")
				.param("quote", (String) letter.get("quote_number"))
				.with(alpha()))
			.andExpect(content().string(containsString("1 résultat(s)")))
			.andExpect(content().string(containsString("Lettre de résiliation")));
		// the portal writes it: no completion
		this.mvc
			.perform(post("/forms/{id}", id).with(csrf())
				.param("version", String.valueOf(version("sales_form", id)))
				.param("holder", "Quelqu'un")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("rédigée par le portail")));
		assertThat(letterOf(oc).get("holder")).isNull();
		// another reseller: not found, nothing sent
		this.mvc.perform(get("/forms/{id}", id).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/forms/{id}/send", id).with(csrf())
				.param("version", String.valueOf(version("sales_form", id)))
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		assertThat(letterOf(oc).get("signing_token_hash")).isNull();
		// the order desk reads it from the termination order, never sends it
		long termination = this.jdbc.queryForObject(
				"select id from customer_order where contracted_offer_id = ? and order_type = 'TERMINATION'",
				Long.class, oc);
		this.mvc.perform(get("/orders/{id}", termination).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(content().string(containsString("id=\"termination-letter\"")));
		this.mvc
			.perform(post("/forms/{id}/send", id).with(csrf())
				.param("version", String.valueOf(version("sales_form", id)))
				.with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().isForbidden());

		String token = send(id);
		this.mvc.perform(get("/forms/{id}", id).with(alpha()))
			.andExpect(content().string(containsString("Renvoyer le lien au client")));
		this.mvc.perform(get("/termination-letters/{t}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lettre Signée demande la résiliation")));
		byte[] sent = this.mvc.perform(get("/termination-letters/{t}/pdf", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(fr.openip.myopenip.shared.pdf.PdfDocuments.sha256(sent))
			.isEqualTo(letterOf(oc).get("document_sha256"));
		// a name is needed: refused beside the field, nothing written
		this.mvc.perform(post("/termination-letters/{t}/accept", token).with(csrf()).param("signerName", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez vos nom et prénom")));
		assertThat(letterOf(oc)).containsEntry("state", "COMPLETED");
		this.mvc
			.perform(post("/termination-letters/{t}/accept", token).with(csrf())
				.param("signerName", "Paul Lettre")
				.header("User-Agent", "TerminationLetterTest/1.0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("votre signature est enregistrée")));
		Map<String, Object> signed = letterOf(oc);
		assertThat(signed).containsEntry("state", "SIGNED")
			.containsEntry("signer_name", "Paul Lettre")
			.containsEntry("signer_user_agent", "TerminationLetterTest/1.0");
		// the reseller who asked for the termination is told
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where recipient = (select reseller_email"
				+ " from customer_order where contracted_offer_id = ? and order_type = 'TERMINATION') and subject = ?",
				Long.class, oc,
				"Lettre de résiliation de "
						+ this.jdbc.queryForObject("select number from contracted_offer where id = ?", String.class, oc)
						+ " signée"))
			.isEqualTo(1L);
		// used: the link says so and changes nothing
		this.mvc.perform(post("/termination-letters/{t}/refuse", token).with(csrf()).param("reason", "Trop tard"))
			.andExpect(status().isGone());
		assertThat(letterOf(oc)).containsEntry("state", "SIGNED");
		this.mvc.perform(get("/termination-letters/{t}", "A".repeat(43))).andExpect(status().isNotFound());

		// the sealed letter: the reseller's, whose seal verifies and breaks with a byte
		this.mvc.perform(get("/forms/{id}/sealed", id).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/forms/{id}", id).with(alpha()))
			.andExpect(content().string(containsString("Lettre signée (PDF scellé)")));
		byte[] sealed = this.mvc.perform(get("/forms/{id}/sealed", id).with(alpha()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Seals.verify(sealed)).isTrue();
		byte[] altered = sealed.clone();
		int middle = altered.length / 3;
		altered[middle] = (byte) (altered[middle] ^ 0x01);
		assertThat(Seals.verify(altered)).isFalse();
	}

	@Test
	void aRefusedLetterStaysWhenTheTerminationIsWithdrawnAndAnUnansweredOneGoes() throws Exception {
		long oc = terminated("Lettre Refusée");
		long first = id(letterOf(oc));
		String token = send(first);
		this.mvc.perform(post("/termination-letters/{t}/refuse", token).with(csrf()).param("reason", " "))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(
					post("/termination-letters/{t}/refuse", token).with(csrf()).param("reason", "Nous gardons l'offre"))
			.andExpect(status().isOk());
		assertThat(letterOf(oc)).containsEntry("state", "REFUSED")
			.containsEntry("refusal_reason", "Nous gardons l'offre");
		long termination = this.jdbc.queryForObject(
				"select id from customer_order where contracted_offer_id = ? and order_type = 'TERMINATION'",
				Long.class, oc);
		this.mvc
			.perform(post("/orders/{id}/withdraw-termination", termination).with(csrf())
				.with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select state from sales_form where id = ?", String.class, first))
			.isEqualTo("REFUSED");
		// asked again: a second letter, sent, then the termination withdrawn: it goes,
		// its
		// link with it
		askTermination(oc);
		long second = id(letterOf(oc));
		assertThat(second).isNotEqualTo(first);
		assertThat(letterOf(oc)).containsEntry("unit", 2);
		String secondToken = send(second);
		long again = this.jdbc.queryForObject(
				"select max(id) from customer_order where contracted_offer_id = ? and order_type = 'TERMINATION'",
				Long.class, oc);
		this.mvc
			.perform(post("/orders/{id}/withdraw-termination", again).with(csrf()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from sales_form where id = ?", Long.class, second))
			.isZero();
		this.mvc.perform(get("/termination-letters/{t}", secondToken)).andExpect(status().isNotFound());
	}

	@Test
	void pastTheTerminationsDateTheLinkIsGoneAndTheLetterIsNoLongerSent() throws Exception {
		long oc = terminated("Lettre Tardive");
		long id = id(letterOf(oc));
		String token = send(id);
		// the termination's day itself still signs; the day after, no more
		this.clock.setTo(ZonedDateTime.of(terminationDate().plusDays(1).atTime(9, 0), PortalClock.PARIS));
		this.mvc.perform(get("/termination-letters/{t}", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("La date de résiliation est passée")));
		this.mvc.perform(post("/termination-letters/{t}/accept", token).with(csrf()).param("signerName", "Trop Tard"))
			.andExpect(status().isGone());
		assertThat(letterOf(oc)).containsEntry("state", "COMPLETED");
		this.mvc
			.perform(post("/forms/{id}/send", id).with(csrf())
				.param("version", String.valueOf(version("sales_form", id)))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("a pris effet le")));
		this.clock.setTo(ZonedDateTime.of(terminationDate().atTime(23, 30), PortalClock.PARIS));
		this.mvc.perform(get("/termination-letters/{t}", token)).andExpect(status().isOk());
	}

}
