package fr.openip.myopenip.order;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order desk's clock: an order of an offer with a target delay is due that many
 * working days after its deposit (weekends and public holidays apart); the queue flags it
 * "bientôt en retard", then "en retard", filters and sorts by it, and lets it go once
 * delivered, keeping how long it took. The clock moves; nothing sleeps.
 */
@PortalIntegrationTest
class OrderDelayTest {

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

	private void parisAt(int year, int month, int day, int hour) {
		this.clock.setTo(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, PortalClock.PARIS));
	}

	private RequestPostProcessor adv() {
		return this.logins.as(DemoUsers.ADV);
	}

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	@Test
	void anOrderIsDueItsTargetInWorkingDaysThenSoonLateThenLateUntilDelivered() throws Exception {
		// "SIP Trunk Touch": 10 working days. Deposited on Thursday 30 April 2026: 1 and
		// 8
		// May, Ascension (14 May) and the weekends apart, due on Tuesday 19 May
		parisAt(2026, 4, 30, 9);
		OrderView order = this.orders.place("Alpha Télécom", "Délai Horloge", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		assertThat(
				this.jdbc.queryForObject("select due_on from customer_order where id = ?", LocalDate.class, order.id()))
			.isEqualTo(LocalDate.of(2026, 5, 19));
		this.mvc.perform(get("/orders").param("client", "Délai Horloge").with(adv()))
			.andExpect(content().string(containsString("Dans les temps (10 jours ouvrés restants)")));

		// Friday 15 May: two working days left, "bientôt en retard"
		parisAt(2026, 5, 15, 10);
		this.mvc.perform(get("/orders").param("delay", "SOON").with(adv()))
			.andExpect(content().string(containsString("Délai Horloge")))
			.andExpect(content().string(containsString("Échéance dans 2 jours ouvrés")));
		this.mvc.perform(get("/orders").param("delay", "LATE").with(adv()))
			.andExpect(content().string(not(containsString("Délai Horloge"))));

		// Wednesday 20 May: late by one working day, for the desk and for its reseller
		parisAt(2026, 5, 20, 10);
		this.mvc.perform(get("/orders").param("delay", "LATE").with(adv()))
			.andExpect(content().string(containsString("Délai Horloge")))
			.andExpect(content().string(containsString("En retard de 1 jour ouvré")));
		this.mvc.perform(get("/orders").param("delay", "LATE").with(alpha()))
			.andExpect(content().string(containsString("Délai Horloge")));
		this.mvc.perform(get("/orders").param("delay", "LATE").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString("Délai Horloge"))));
		this.mvc.perform(get("/orders").param("delay", "SOON").with(adv()))
			.andExpect(content().string(not(containsString("Délai Horloge"))));
		// on the home page of its reseller and of the desk, not of another reseller
		this.mvc.perform(get("/").with(alpha()))
			.andExpect(content().string(containsString("Commandes en retard")))
			.andExpect(content().string(containsString("Délai Horloge : en retard de 1 jour ouvré")));
		this.mvc.perform(get("/").with(adv()))
			.andExpect(content().string(containsString("Délai Horloge : en retard de 1 jour ouvré")));
		this.mvc.perform(get("/").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString("Délai Horloge"))));
		this.mvc.perform(get("/orders").param("sort", "due").param("dir", "asc").with(adv()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/orders/{id}", order.id()).with(alpha()))
			.andExpect(content().string(containsString("id=\"due-on\"")))
			.andExpect(content().string(containsString("En retard de 1 jour ouvré")))
			.andExpect(content().string(containsString("Depuis le dépôt")))
			.andExpect(content().string(containsString("11 jours ouvrés")));
		// a filter that is none of the list: refused, said
		this.mvc.perform(get("/orders").param("delay", "HIER").with(adv()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choisissez un délai de la liste")));

		// delivered on Thursday 21 May: out of the late ones, 12 working days it took
		parisAt(2026, 5, 21, 11);
		this.orders.deliver(order);
		this.mvc.perform(get("/orders").param("delay", "LATE").with(adv()))
			.andExpect(content().string(not(containsString("Délai Horloge"))));
		this.mvc.perform(get("/").with(alpha()))
			.andExpect(content().string(not(containsString("Délai Horloge : en retard"))));
		assertThat(this.jdbc.queryForObject("select working_days_to_deliver from customer_order where id = ?",
				Integer.class, order.id()))
			.isEqualTo(12);
		this.mvc.perform(get("/orders/{id}", order.id()).with(alpha()))
			.andExpect(content().string(containsString("livrée en 12 jours ouvrés")))
			.andExpect(content().string(not(containsString("En retard de"))));
	}

}
