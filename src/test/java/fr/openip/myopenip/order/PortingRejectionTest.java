package fr.openip.myopenip.order;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A porting that goes wrong and comes back: the order desk rejects it with a reason from
 * the list, the sheet waits for the reseller (its home page and a mail say so), the
 * reseller's correction sends it back to the desk (flagged in the queue, the Pilote ADV
 * mailed), and the desk confirms it; each round is in the history and counted in the
 * porting list. A refused rejection writes nothing; only the order desk rejects, and only
 * a porting the table lets wait for the reseller.
 */
@PortalIntegrationTest
class PortingRejectionTest {

	private static final String NUMBER = "0142685300";

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

	private MockHttpServletRequestBuilder porting(OrderView order, long sheet, String rio, LocalDate date) {
		return post("/contracted-offers/{id}/sheets/{sheet}/porting", order.contractedOfferId(), sheet).with(csrf())
			.param("version",
					String.valueOf(this.jdbc.queryForObject("select version from contracted_sheet where id = ?",
							Long.class, sheet)))
			.param("number", NUMBER)
			.param("donorOperator", "Orange")
			.param("rio", rio)
			.param("requestedOn", date.toString());
	}

	private MockHttpServletRequestBuilder reject(long orderId, long orderedSheet, String reason, String text) {
		return post("/orders/{id}/sheets/{sheet}/porting-rejection", orderId, orderedSheet).with(csrf())
			.param("version",
					String.valueOf(this.jdbc.queryForObject("select version from ordered_sheet where id = ?",
							Long.class, orderedSheet)))
			.param("reason", reason)
			.param("text", text);
	}

	private Map<String, Object> contracted(long sheet) {
		return this.jdbc.queryForMap("select state, porting_rejection, porting_rejection_text, porting_rejections,"
				+ " porting_corrected_at, rio from contracted_sheet where id = ?", sheet);
	}

	private String orderedState(long orderedSheet) {
		return this.jdbc.queryForObject("select state from ordered_sheet where id = ?", String.class, orderedSheet);
	}

	private Object orderCorrectedAt(long orderId) {
		return this.jdbc.queryForObject("select porting_corrected_at from customer_order where id = ?", Object.class,
				orderId);
	}

	private long mails(String recipient, String subject) {
		return this.jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and subject = ?",
				Long.class, recipient, subject);
	}

	private long events(long oc, String kind) {
		return this.jdbc.queryForObject("select count(*) from order_event where contracted_offer_id = ? and kind = ?",
				Long.class, oc, kind);
	}

	@Test
	void theDeskRejectsTheResellerCorrectsAndTheDeskConfirms() throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", "Portabilité Rejetée", "Portabilité de numéros",
				Map.of("Numéro(s) isolé(s) à porter", 1));
		long oc = order.contractedOfferId();
		long sheet = this.jdbc.queryForObject(
				"select id from contracted_sheet where contracted_offer_id = ? and portability", Long.class, oc);
		long ordered = this.jdbc.queryForObject("select id from ordered_sheet where contracted_sheet_id = ?",
				Long.class, sheet);
		String sheetNumber = this.jdbc.queryForObject("select number from contracted_sheet where id = ?", String.class,
				sheet);
		String orderNumber = this.jdbc.queryForObject("select number from customer_order where id = ?", String.class,
				order.id());
		LocalDate asked = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15);
		this.mvc.perform(porting(order, sheet, "01F123456GXH", asked).with(alpha()))
			.andExpect(status().is3xxRedirection());
		// the desk rejects only an order it has taken
		this.mvc.perform(reject(order.id(), ordered, "RIO_INCORRECT", "").with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Prenez")));
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(DeskMoves.moveAll(this.jdbc, order.id(), "IN_PROGRESS").with(adv()))
			.andExpect(status().is3xxRedirection());
		// the desk's page offers the rejection; the reseller's shows the porting, no form
		this.mvc.perform(get("/orders/{id}", order.id()).with(adv()))
			.andExpect(content().string(containsString("Rejeter la portabilité")))
			.andExpect(content().string(containsString("Titulaire différent")));
		this.mvc.perform(get("/orders/{id}", order.id()).with(alpha()))
			.andExpect(content().string(containsString("01F123456GXH")))
			.andExpect(content().string(not(containsString("Rejeter la portabilité"))));

		// refused: no reason, an unknown one, "Autre" without a word, too long — nothing
		// written
		for (String[] wrong : List.of(new String[] { "", "", "Choisissez le motif du rejet" },
				new String[] { "FOO", "", "Choisissez le motif du rejet" },
				new String[] { "OTHER", "  ", "Précisez le motif « Autre »" },
				new String[] { "OTHER", "x".repeat(501), "500 caractères au plus" })) {
			this.mvc.perform(reject(order.id(), ordered, wrong[0], wrong[1]).with(adv()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(wrong[2])));
		}
		// a page older than the sheet
		this.mvc
			.perform(post("/orders/{id}/sheets/{sheet}/porting-rejection", order.id(), ordered).with(csrf())
				.param("version", "0")
				.param("reason", "RIO_INCORRECT")
				.with(adv()))
			.andExpect(status().isConflict());
		// the reseller may not reject
		this.mvc.perform(reject(order.id(), ordered, "RIO_INCORRECT", "").with(alpha()))
			.andExpect(status().isForbidden());
		assertThat(contracted(sheet)).containsEntry("state", "IN_PROGRESS")
			.containsEntry("porting_rejections", 0)
			.containsEntry("porting_rejection", null);
		assertThat(events(oc, "PORTING_REJECTED")).isZero();

		// round 1: rejected, the reseller told by mail and on its home page
		this.mvc
			.perform(reject(order.id(), ordered, "RIO_INCORRECT", "Le RIO donné est celui d'une autre ligne")
				.with(adv()))
			.andExpect(redirectedUrl("/orders/" + order.id() + "#portings"));
		assertThat(contracted(sheet)).containsEntry("state", "WAITING_FOR_CLIENT")
			.containsEntry("porting_rejection", "RIO_INCORRECT")
			.containsEntry("porting_rejection_text", "Le RIO donné est celui d'une autre ligne")
			.containsEntry("porting_rejections", 1);
		assertThat(orderedState(ordered)).isEqualTo("WAITING_FOR_CLIENT");
		assertThat(mails(TestOrders.RESELLER_EMAIL,
				"Portabilité de la fiche " + sheetNumber + " rejetée (" + orderNumber + ")"))
			.isEqualTo(1);
		this.mvc.perform(get("/").with(alpha()))
			.andExpect(content().string(containsString("Portabilités rejetées par l&#39;ADV")))
			.andExpect(content().string(containsString(NUMBER + " (Portabilité Rejetée) : RIO incorrect")));
		this.mvc.perform(get("/").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString("Portabilité Rejetée"))));
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content()
				.string(containsString("Portabilité rejetée par l&#39;ADV : RIO incorrect — Le RIO donné est celui")))
			.andExpect(content().string(containsString("Envoyer la correction")));
		this.mvc.perform(get("/contracted-offers/portings").param("rejected", "true").with(alpha()))
			.andExpect(content().string(containsString(NUMBER)))
			.andExpect(content().string(containsString("Rejetée : RIO incorrect")));
		// rejected twice without an answer: the sheet already waits
		this.mvc.perform(reject(order.id(), ordered, "DATE_REFUSED", "").with(adv()))
			.andExpect(status().isUnprocessableContent());
		assertThat(contracted(sheet)).containsEntry("porting_rejections", 1);

		// the reseller's correction: refused when wrong, nothing written; then sent back
		this.mvc.perform(porting(order, sheet, "01Z123456ZZZ", asked).with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("n&#39;appartient pas au numéro")));
		assertThat(contracted(sheet)).containsEntry("porting_rejection", "RIO_INCORRECT")
			.containsEntry("rio", "01F123456GXH");
		this.mvc.perform(porting(order, sheet, "01Z1234560S+", asked).with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(contracted(sheet)).containsEntry("state", "IN_PROGRESS")
			.containsEntry("porting_rejection", null)
			.containsEntry("rio", "01Z1234560S+");
		assertThat(contracted(sheet).get("porting_corrected_at")).isNotNull();
		assertThat(orderCorrectedAt(order.id())).isNotNull();
		assertThat(mails("adv@openip.fr", "Portabilité de la fiche " + sheetNumber + " corrigée (" + orderNumber + ")"))
			.isEqualTo(1);
		// (its client named: other classes' open orders fill the queue's first page)
		this.mvc.perform(get("/orders").param("client", "Portabilité Rejetée").with(adv()))
			.andExpect(content().string(containsString("Portabilité corrigée")));
		this.mvc.perform(get("/").with(alpha()))
			.andExpect(content().string(not(containsString("Portabilité Rejetée"))));

		// round 2: the donor refuses the date; corrected again
		this.mvc.perform(reject(order.id(), ordered, "DATE_REFUSED", "").with(adv()))
			.andExpect(status().is3xxRedirection());
		assertThat(contracted(sheet)).containsEntry("porting_rejections", 2)
			.containsEntry("porting_corrected_at", null);
		this.mvc.perform(porting(order, sheet, "01Z1234560S+", asked.plusDays(7)).with(alpha()))
			.andExpect(status().is3xxRedirection());
		// the desk confirms: the flags go, the rounds stay
		this.mvc.perform(DeskMoves.moveAll(this.jdbc, order.id(), "PORTING_DATE_CONFIRMED").with(adv()))
			.andExpect(status().is3xxRedirection());
		assertThat(contracted(sheet)).containsEntry("state", "PORTING_DATE_CONFIRMED")
			.containsEntry("porting_corrected_at", null)
			.containsEntry("porting_rejections", 2);
		assertThat(orderCorrectedAt(order.id())).isNull();
		this.mvc.perform(get("/contracted-offers/portings").param("number", NUMBER).with(alpha()))
			.andExpect(content().string(containsString("<td class=\"porting-rounds\">3</td>")));
		assertThat(events(oc, "PORTING_REJECTED")).isEqualTo(2);
		assertThat(events(oc, "PORTING_CORRECTED")).isEqualTo(2);
		this.mvc.perform(get("/contracted-offers/{id}/history", oc).with(alpha()))
			.andExpect(content().string(containsString("RIO incorrect — Le RIO donné est celui d&#39;une autre ligne")))
			.andExpect(content().string(containsString("Date refusée")));

		// delivered: no rejection any more
		this.mvc.perform(DeskMoves.moveAll(this.jdbc, order.id(), "DELIVERED").with(adv()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(reject(order.id(), ordered, "DATE_REFUSED", "").with(adv()))
			.andExpect(status().isUnprocessableContent());
		assertThat(contracted(sheet)).containsEntry("state", "DELIVERED").containsEntry("porting_rejections", 2);
	}

	@Test
	void aSheetThatPortsNoNumberIsNeverRejected() throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", "Sans Portabilité", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		long ordered = this.jdbc.queryForObject("select id from ordered_sheet where order_id = ? order by id limit 1",
				Long.class, order.id());
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(reject(order.id(), ordered, "RIO_INCORRECT", "").with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ne porte pas de numéro")));
		assertThat(orderedState(ordered)).isEqualTo("UNDEFINED");
		// a sheet of another order
		OrderView other = this.orders.place("Alpha Télécom", "Autre Commande", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		this.mvc.perform(reject(other.id(), ordered, "RIO_INCORRECT", "").with(adv())).andExpect(status().isNotFound());
	}

	@Test
	void twoRejectionsOfTheSamePageAtOnceMakeOneRound() throws Exception {
		OrderView order = this.orders.place("Alpha Télécom", "Portabilité Simultanée", "Portabilité de numéros",
				Map.of("Numéro(s) isolé(s) à porter", 1));
		long ordered = this.jdbc.queryForObject("select id from ordered_sheet where order_id = ?", Long.class,
				order.id());
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(
				List.of(reject(order.id(), ordered, "RIO_INCORRECT", "").with(adv()),
						reject(order.id(), ordered, "HOLDER_DIFFERENT", "").with(adv())));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (MockHttpServletRequestBuilder request : requests) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc.perform(request).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		long sheet = this.jdbc.queryForObject("select contracted_sheet_id from ordered_sheet where id = ?", Long.class,
				ordered);
		assertThat(contracted(sheet)).containsEntry("porting_rejections", 1);
		assertThat(events(order.contractedOfferId(), "PORTING_REJECTED")).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where subject like ?", Long.class,
				"Portabilité de la fiche % rejetée (" + this.jdbc
					.queryForObject("select number from customer_order where id = ?", String.class, order.id()) + ")"))
			.isOne();
	}

}
