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
 * "Portabilités de numéros": a portability order's sheets wait for the number, the donor
 * operator, the RIO and the date asked for; each is checked (nothing written when
 * refused); the order desk's confirmed date shows in the list; a delivered sheet's
 * porting no longer changes; another reseller sees and changes nothing.
 */
@PortalIntegrationTest
class PortingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private MockHttpServletRequestBuilder porting(OrderView order, long sheet, String number, String rio,
			LocalDate date) {
		return post("/contracted-offers/{id}/sheets/{sheet}/porting", order.contractedOfferId(), sheet).with(csrf())
			.param("version",
					String.valueOf(this.jdbc.queryForObject("select version from contracted_sheet where id = ?",
							Long.class, sheet)))
			.param("number", number)
			.param("donorOperator", "Orange")
			.param("rio", rio)
			.param("requestedOn", date == null ? "" : date.toString());
	}

	private MockHttpServletRequestBuilder move(long orderId, String state, LocalDate planned) {
		MockHttpServletRequestBuilder request = post("/orders/{id}/sheets", orderId).with(csrf()).param("state", state);
		if (planned != null) {
			request.param("plannedDelivery", planned.toString());
		}
		for (Map<String, Object> sheet : this.jdbc
			.queryForList("select id, version from ordered_sheet where order_id = ? order by id", orderId)) {
			request.param("sheet", sheet.get("id").toString())
				.param("version[" + sheet.get("id") + "]", sheet.get("version").toString());
		}
		return request.with(this.logins.as(DemoUsers.ADV));
	}

	@Test
	void theResellerGivesWhatThePortingNeedsAndTheOrderDeskConfirmsItsDate() throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", "Portabilité Client", "Portabilité de numéros",
				Map.of("Numéro(s) isolé(s) à porter", 1));
		long sheet = this.jdbc.queryForObject(
				"select id from contracted_sheet where contracted_offer_id = ? and portability", Long.class,
				order.contractedOfferId());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		this.mvc.perform(get("/contracted-offers/portings").with(alpha()))
			.andExpect(content().string(containsString("À renseigner")))
			.andExpect(content().string(containsString(order.contractedOfferNumber())));
		// refused, one field at a time, and nothing written
		for (Object[] wrong : List.of(new Object[] { "12 34", "01F1234560IN", today.plusDays(10), "10 chiffres" },
				new Object[] { "01 47 00 00 00", "123", today.plusDays(10), "Indiquez le RIO" },
				new Object[] { "01 47 00 00 00", "01F1234560IN", today.minusDays(1), "entre aujourd&#39;hui" },
				new Object[] { "01 47 00 00 00", "01F1234560IN", today.plusYears(2), "entre aujourd&#39;hui" },
				// a mobile's quality for a fixed line, a fixed line's for a mobile
				new Object[] { "01 42 68 53 00", "02E123456G62", today.plusDays(10),
						"pour qualité une lettre de F à Z" },
				new Object[] { "06 12 34 56 78", "01F1234560IN", today.plusDays(10), "a pour qualité E ou P" },
				// a key that is not the number's: the RIO of another line
				new Object[] { "06 12 34 56 78", "02P123456ZZZ", today.plusDays(10),
						"Le RIO 02P123456ZZZ n&#39;appartient pas au numéro 06 12 34 56 78" },
				new Object[] { "06 12 34 56 79", "02P1234564NH", today.plusDays(10),
						"n&#39;appartient pas au numéro" })) {
			this.mvc
				.perform(
						porting(order, sheet, (String) wrong[0], (String) wrong[1], (LocalDate) wrong[2]).with(alpha()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString((String) wrong[3])));
		}
		assertThat(this.jdbc.queryForObject("select porting_number from contracted_sheet where id = ?", String.class,
				sheet))
			.isNull();
		// another reseller
		this.mvc
			.perform(porting(order, sheet, "0147000000", "01F1234560IN", today.plusDays(10))
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/contracted-offers/portings").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString(order.contractedOfferNumber()))));
		// given
		this.mvc.perform(porting(order, sheet, "01 47 00 00 00", "01f 123456 0in", today.plusDays(10)).with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select porting_number, rio from contracted_sheet where id = ?", sheet))
			.containsEntry("porting_number", "0147000000")
			.containsEntry("rio", "01F1234560IN");
		// the order desk confirms a date, then delivers
		LocalDate confirmed = today.plusDays(12);
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(move(order.id(), "IN_PROGRESS", null)).andExpect(status().is3xxRedirection());
		this.mvc.perform(move(order.id(), "PORTING_DATE_CONFIRMED", confirmed)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/contracted-offers/portings").param("number", "0147").with(alpha()))
			.andExpect(content().string(containsString("0147000000")))
			.andExpect(content().string(containsString("Date de portabilité confirmée")))
			.andExpect(content().string(containsString(confirmed.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
		this.mvc.perform(move(order.id(), "DELIVERED", null)).andExpect(status().is3xxRedirection());
		this.mvc.perform(porting(order, sheet, "0147000001", "01F1234560IN", today.plusDays(10)).with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("sa portabilité ne change plus")));
		assertThat(this.jdbc.queryForObject("select porting_number from contracted_sheet where id = ?", String.class,
				sheet))
			.isEqualTo("0147000000");
	}

}
