package fr.openip.myopenip.order;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An order's business dates at their edges, in Paris while UTC is still the day before
 * (00:30 in Paris is 23:30 UTC in winter): a termination's notice (the earliest date
 * accepted, the day before refused), the months a termination owes (a month begun is
 * owed), and a porting's date (today and a year ahead accepted, the days around refused).
 * The clock moves; nothing sleeps.
 */
@PortalIntegrationTest
class OrderClockTest {

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

	private void deliver(long orderId) throws Exception {
		RequestPostProcessor adv = this.logins.as(DemoUsers.ADV);
		this.mvc.perform(post("/orders/{id}/take", orderId).with(csrf()).with(adv))
			.andExpect(status().is3xxRedirection());
		for (String state : List.of("IN_PROGRESS", "DELIVERED")) {
			this.mvc.perform(DeskMoves.moveAll(this.jdbc, orderId, state).with(adv))
				.andExpect(status().is3xxRedirection());
		}
	}

	private void parisAt(int year, int month, int day, int hour, int minute) {
		this.clock.setTo(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PortalClock.PARIS));
	}

	@Test
	void aTerminationIsAskedFromItsNoticeOnAndOwesEveryMonthBegun() throws Exception {
		// delivered on 15/05/2026: 12 months of engagement, to 15/05/2027; 3 months of
		// notice
		parisAt(2026, 5, 15, 10, 0);
		OrderView order = this.orders.place("Alpha Télécom", "Résiliation Horloge", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 2));
		deliver(order.id());
		long oc = order.contractedOfferId();
		assertThat(
				this.jdbc.queryForObject("select delivered_on from contracted_offer where id = ?", LocalDate.class, oc))
			.isEqualTo(LocalDate.of(2026, 5, 15));
		// 14/02/2027 00:30 in Paris, still 13/02 in UTC: the notice ends 14/05/2027
		parisAt(2027, 2, 14, 0, 30);
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("au plus tôt le 14/05/2027")));
		// the day before the notice ends: refused
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).param("date", "2027-05-13").with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ne peut pas précéder le 14/05/2027")));
		// notice + 0: the last day of the engagement's last month begun, one month owed
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).param("date", "2027-05-14").with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-7\" id=\"months-owed\">1</dd>")));
		// notice + 1: on the engagement's end, nothing owed
		this.mvc.perform(get("/contracted-offers/{id}/termination", oc).param("date", "2027-05-15").with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"col-sm-7\" id=\"months-owed\">0</dd>")));
		// asked at notice + 0: the termination takes that date
		this.mvc
			.perform(post("/contracted-offers/{id}/termination", oc).with(csrf())
				.param("version",
						this.jdbc.queryForObject("select version from contracted_offer where id = ?", Long.class, oc)
							.toString())
				.param("date", "2027-05-14")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select effective_on from customer_order where contracted_offer_id = ?"
				+ " and order_type = 'TERMINATION'", LocalDate.class, oc))
			.isEqualTo(LocalDate.of(2027, 5, 14));
	}

	@Test
	void aPortingDateFallsFromTodayInParisToAYearAhead() throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", "Portabilité Horloge", "Portabilité de numéros",
				Map.of("Numéro(s) isolé(s) à porter", 1));
		long sheet = this.jdbc.queryForObject(
				"select id from contracted_sheet where contracted_offer_id = ? and portability", Long.class,
				order.contractedOfferId());
		// 10/03/2027 00:30 in Paris, 09/03 23:30 in UTC
		parisAt(2027, 3, 10, 0, 30);
		for (Object[] edge : List.of(new Object[] { "2027-03-09", false }, new Object[] { "2028-03-11", false },
				new Object[] { "2027-03-10", true }, new Object[] { "2028-03-10", true })) {
			var answer = this.mvc
				.perform(post("/contracted-offers/{id}/sheets/{sheet}/porting", order.contractedOfferId(), sheet)
					.with(csrf())
					.param("version",
							this.jdbc
								.queryForObject("select version from contracted_sheet where id = ?", Long.class, sheet)
								.toString())
					.param("number", "0142685300")
					.param("donorOperator", "Orange")
					.param("rio", "01F123456GXH")
					.param("requestedOn", (String) edge[0])
					.with(alpha()));
			if ((Boolean) edge[1]) {
				answer.andExpect(status().is3xxRedirection());
				assertThat(this.jdbc.queryForObject("select porting_requested_on from contracted_sheet where id = ?",
						LocalDate.class, sheet))
					.isEqualTo(LocalDate.parse((String) edge[0]));
			}
			else {
				answer.andExpect(status().isUnprocessableContent())
					.andExpect(content().string(containsString("entre aujourd&#39;hui et dans un an")));
			}
		}
	}

}
