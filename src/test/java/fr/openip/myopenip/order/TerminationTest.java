package fr.openip.myopenip.order;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Résilier" (SPEC §5): on a delivered OC, at a date the notice allows, with what the
 * engagement still owes; the termination order's sheets go "Résiliation en cours" then
 * "Résiliée", and so does the OC. Refusals write nothing.
 */
@PortalIntegrationTest
class TerminationTest {

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	private RequestPostProcessor adv() {
		return this.logins.as(DemoUsers.ADV);
	}

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private MockHttpServletRequestBuilder move(long orderId, String state) {
		return DeskMoves.moveAll(this.jdbc, orderId, state);
	}

	private void deliver(long orderId) throws Exception {
		this.mvc.perform(post("/orders/{id}/take", orderId).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		for (String state : List.of("IN_PROGRESS", "DELIVERED")) {
			this.mvc.perform(move(orderId, state).with(adv())).andExpect(status().is3xxRedirection());
		}
	}

	private long ordersOf(long oc) {
		return this.jdbc.queryForObject("select count(*) from customer_order where contracted_offer_id = ?", Long.class,
				oc);
	}

	private long version(long oc) {
		return this.jdbc.queryForObject("select version from contracted_offer where id = ?", Long.class, oc);
	}

	@Test
	void aDeliveredOcIsTerminatedFromRequestToResiliee() throws Exception {
		// 2 SIP calls at 3,00 €/month, 12 months of commitment, 3 months of notice
		OrderView order = this.orders.place("Alpha Télécom", "Résiliation Complète", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 2));
		long oc = order.contractedOfferId();
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(not(containsString("Résilier"))));
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("n&#39;est pas livrée")));
		deliver(order.id());
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(containsString("Résilier")));
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		LocalDate earliest = today.plusMonths(3);
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au plus tôt le " + earliest.format(FRENCH))))
			.andExpect(content().string(containsString("<dd class=\"col-sm-7\" id=\"months-owed\">9</dd>")))
			.andExpect(content().string(containsString("54,00 €")));
		// refusals: before the notice, an absurd date, not a date, another reseller, the
		// order desk
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version", String.valueOf(version(oc)))
				.param("date", today.plusDays(1).toString())
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ne peut pas précéder le " + earliest.format(FRENCH))));
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).param("date", "9999-01-01").with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("doit tomber dans les 10 ans")));
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).param("date", "demain").with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez une date valide")));
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version", String.valueOf(version(oc)))
				.param("date", earliest.toString())
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version", String.valueOf(version(oc)))
				.param("date", earliest.toString())
				.with(adv()))
			.andExpect(status().isForbidden());
		assertThat(ordersOf(oc)).isEqualTo(1L);
		// the reseller asks for it
		long seen = version(oc);
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version", String.valueOf(seen))
				.param("date", earliest.toString())
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(ordersOf(oc)).isEqualTo(2L);
		Map<String, Object> termination = this.jdbc
			.queryForMap("select id, state, effective_on, queue_rank from customer_order where contracted_offer_id = ?"
					+ " and order_type = 'TERMINATION'", oc);
		assertThat(termination).containsEntry("state", "TERMINATING").containsEntry("queue_rank", 0);
		assertThat(termination.get("effective_on").toString()).isEqualTo(earliest.toString());
		long terminationId = ((Number) termination.get("id")).longValue();
		assertThat(this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class, oc))
			.isEqualTo("TERMINATING");
		// asked twice (a second tab): refused, nothing more
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version", String.valueOf(seen))
				.param("date", earliest.toString())
				.with(alpha()))
			.andExpect(status().isConflict());
		assertThat(ordersOf(oc)).isEqualTo(2L);
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(containsString("En cours de résiliation")))
			.andExpect(content().string(not(containsString("id=\"terminate\""))));
		// the order desk carries it out
		this.mvc.perform(get("/orders").with(adv())).andExpect(content().string(containsString("Résiliation")));
		this.mvc.perform(post("/orders/{id}/take", terminationId).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(move(terminationId, "TERMINATING").with(adv())).andExpect(status().is3xxRedirection());
		this.mvc.perform(move(terminationId, "TERMINATED").with(adv())).andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("select state from customer_order where id = ?", String.class, terminationId))
			.isEqualTo("TERMINATED");
		assertThat(this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class, oc))
			.isEqualTo("TERMINATED");
		assertThat(this.jdbc.queryForList("select distinct state from contracted_sheet where contracted_offer_id = ?",
				String.class, oc))
			.containsExactly("TERMINATED");
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where subject = ?", Long.class,
				"Commande " + this.jdbc.queryForObject("select number from customer_order where id = ?", String.class,
						terminationId) + " résiliée"))
			.isEqualTo(1L);
		this.mvc.perform(get("/contracted-offers/{id}/history", oc).with(alpha()))
			.andExpect(content().string(containsString("Demande de résiliation")))
			.andExpect(content().string(containsString("Résiliée")));
		this.mvc.perform(get("/contracted-offers").param("client", "Résiliation Complète").with(alpha()))
			.andExpect(content().string(containsString("Résiliée")))
			.andExpect(content().string(containsString("Résiliation")));
	}

}
