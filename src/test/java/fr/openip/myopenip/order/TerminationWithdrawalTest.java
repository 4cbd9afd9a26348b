package fr.openip.myopenip.order;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Annuler la résiliation": the reseller asks, the order desk withdraws before the
 * termination's date; the termination is Annulée, its sheets and the OC delivered again
 * as they were, the history and both sides' mails say so; on the date, refused.
 */
@PortalIntegrationTest
class TerminationWithdrawalTest {

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

	private RequestPostProcessor adv() {
		return this.logins.as(DemoUsers.ADV);
	}

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private MockHttpServletRequestBuilder move(long orderId, String state) {
		return DeskMoves.moveAll(this.jdbc, orderId, state);
	}

	/** A delivered OC of Alpha Télécom with a termination asked at the earliest date. */
	private long terminating(String client) throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", client, "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 2));
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		for (String state : List.of("IN_PROGRESS", "DELIVERED")) {
			this.mvc.perform(move(order.id(), state).with(adv())).andExpect(status().is3xxRedirection());
		}
		long oc = order.contractedOfferId();
		LocalDate earliest = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(3);
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version",
						this.jdbc.queryForObject("select version from contracted_offer where id = ?", Long.class, oc)
							.toString())
				.param("date", earliest.toString())
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		return oc;
	}

	private long terminationOf(long oc) {
		return this.jdbc
			.queryForObject("select id from customer_order where contracted_offer_id = ? and order_type = 'TERMINATION'"
					+ " order by id desc limit 1", Long.class, oc);
	}

	private String ocState(long oc) {
		return this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class, oc);
	}

	private long mailsAbout(String subject) {
		return this.jdbc.queryForObject("select count(*) from outbox_mail where subject = ?", Long.class, subject);
	}

	@Test
	void theResellerAsksTheDeskWithdrawsAndTheOcIsDeliveredAgainAsItWas() throws Exception {
		long oc = terminating("Résiliation Retirée");
		long termination = terminationOf(oc);
		String number = this.jdbc.queryForObject("select number from customer_order where id = ?", String.class,
				termination);
		List<Map<String, Object>> before = this.jdbc.queryForList(
				"select id, delivered_on from contracted_sheet where contracted_offer_id = ? order by id", oc);
		assertThat(ocState(oc)).isEqualTo("TERMINATING");
		// another reseller, the order desk: not theirs to ask
		this.mvc
			.perform(post("/contracted-offers/{id}/termination/withdrawal", oc).with(csrf())
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/contracted-offers/{id}/termination/withdrawal", oc).with(csrf()).with(adv()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select withdrawal_asked_at from customer_order where id = ?",
				java.sql.Timestamp.class, termination))
			.isNull();
		// the reseller asks: the desk is told, by mail and on the order's page
		this.mvc.perform(post("/contracted-offers/{id}/termination/withdrawal", oc).with(csrf()).with(alpha()))
			.andExpect(redirectedUrl("/contracted-offers/" + oc + "/scope"))
			.andExpect(flash().attribute("successKey", "termination.withdrawalAskedFlash"));
		assertThat(mailsAbout("Résiliation " + number + " : annulation demandée")).isEqualTo(1);
		this.mvc.perform(get("/orders/{id}", termination).with(adv()))
			.andExpect(content().string(containsString("Le revendeur demande l&#39;annulation de cette résiliation")));
		// asked twice: said, nothing more
		this.mvc.perform(post("/contracted-offers/{id}/termination/withdrawal", oc).with(csrf()).with(alpha()))
			.andExpect(flash().attribute("errorKey", "termination.error.withdrawalAsked"));
		assertThat(mailsAbout("Résiliation " + number + " : annulation demandée")).isEqualTo(1);
		// the desk had begun: a sheet "Résiliation en cours"
		this.mvc.perform(post("/orders/{id}/take", termination).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(move(termination, "TERMINATING").with(adv())).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select distinct state from contracted_sheet where contracted_offer_id = ?",
				String.class, oc))
			.containsExactly("TERMINATING");
		// a reseller may not withdraw it itself
		this.mvc.perform(post("/orders/{id}/withdraw-termination", termination).with(csrf()).with(alpha()))
			.andExpect(status().isForbidden());
		// the desk withdraws it
		this.mvc.perform(post("/orders/{id}/withdraw-termination", termination).with(csrf()).with(adv()))
			.andExpect(redirectedUrl("/orders/" + termination));
		assertThat(this.jdbc.queryForObject("select state from customer_order where id = ?", String.class, termination))
			.isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForList("select distinct state from ordered_sheet where order_id = ?", String.class,
				termination))
			.containsExactly("DELIVERED");
		assertThat(ocState(oc)).isEqualTo("DELIVERED");
		assertThat(this.jdbc.queryForList(
				"select id, delivered_on from contracted_sheet where contracted_offer_id = ? order by id", oc))
			.isEqualTo(before);
		assertThat(this.jdbc.queryForList("select distinct state from contracted_sheet where contracted_offer_id = ?",
				String.class, oc))
			.containsExactly("DELIVERED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from order_event where order_id = ? and kind in ('TERMINATION_WITHDRAWAL_ASKED',"
						+ " 'TERMINATION_WITHDRAWN')",
				Long.class, termination))
			.isEqualTo(2);
		assertThat(mailsAbout("Résiliation " + number + " annulée")).isEqualTo(2);
		// the OC is terminable again, its history says what happened
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(containsString("id=\"terminate\"")));
		this.mvc.perform(get("/contracted-offers/{id}/history", oc).with(alpha()))
			.andExpect(content().string(containsString("Résiliation annulée")))
			.andExpect(content().string(containsString("Annulation de la résiliation demandée")));
		// nothing left to withdraw
		this.mvc.perform(post("/contracted-offers/{id}/termination/withdrawal", oc).with(csrf()).with(alpha()))
			.andExpect(flash().attribute("errorKey", "termination.error.noneInProgress"));
		this.mvc.perform(post("/orders/{id}/withdraw-termination", termination).with(csrf()).with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("est close")));
	}

	@Test
	void onTheTerminationsDateItIsNoLongerWithdrawn() throws Exception {
		long oc = terminating("Résiliation Trop Tard");
		long termination = terminationOf(oc);
		LocalDate effective = this.jdbc.queryForObject("select effective_on from customer_order where id = ?",
				LocalDate.class, termination);
		// the day before, late in the evening in Paris: still possible to ask
		this.clock.setTo(ZonedDateTime.of(effective.minusDays(1).atTime(23, 30), ZoneId.of("Europe/Paris")));
		this.mvc.perform(post("/contracted-offers/{id}/termination/withdrawal", oc).with(csrf()).with(alpha()))
			.andExpect(flash().attribute("successKey", "termination.withdrawalAskedFlash"));
		// on the date, just after midnight in Paris: refused, with the reason
		this.clock.setTo(ZonedDateTime.of(effective.atTime(0, 5), ZoneId.of("Europe/Paris")));
		this.mvc.perform(post("/orders/{id}/withdraw-termination", termination).with(csrf()).with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ne peut plus être annulée")));
		assertThat(this.jdbc.queryForObject("select state from customer_order where id = ?", String.class, termination))
			.isEqualTo("TERMINATING");
		assertThat(ocState(oc)).isEqualTo("TERMINATING");
	}

}
