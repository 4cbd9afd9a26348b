package fr.openip.myopenip.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.support.TransactionsBegun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order desk works an order (SPEC §5, guide 000): it takes it, moves its sheets
 * through the table's states to "Livrée", and the order, the OC, the history, the
 * reseller's mail and pages follow; every refused move changes nothing; two agents at
 * once lose nothing; resellers read, never move, and never see another's; margins stay
 * with those who sell.
 */
@PortalIntegrationTest
class OrderDeskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	fr.openip.myopenip.quote.domain.QuoteSummary quoteSummary;

	@LocalServerPort
	int port;

	private RequestPostProcessor adv() {
		return this.logins.as(DemoUsers.ADV);
	}

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private RequestPostProcessor beta() {
		return this.logins.as(DemoUsers.RESELLER_BETA);
	}

	private List<Long> sheets(long orderId) {
		return this.jdbc.queryForList("select id from ordered_sheet where order_id = ? order by id", Long.class,
				orderId);
	}

	private String stateOf(long sheetId) {
		return this.jdbc.queryForObject("select state from ordered_sheet where id = ?", String.class, sheetId);
	}

	private long events(long orderId) {
		return this.jdbc.queryForObject("select count(*) from order_event where order_id = ?", Long.class, orderId);
	}

	/**
	 * The form of "Appliquer aux fiches sélectionnées", with the sheets' current
	 * versions.
	 */
	private MockHttpServletRequestBuilder move(long orderId, List<Long> sheetIds, String state) {
		MockHttpServletRequestBuilder request = post("/orders/{id}/sheets", orderId).with(csrf());
		for (long sheet : sheetIds) {
			request.param("sheet", String.valueOf(sheet))
				.param("version[" + sheet + "]", String.valueOf(
						this.jdbc.queryForObject("select version from ordered_sheet where id = ?", Long.class, sheet)));
		}
		if (state != null) {
			request.param("state", state);
		}
		return request;
	}

	@Test
	void theOrderDeskTakesAnOrderAndDeliversItsSheets() throws Exception {
		OrderView order = this.orders.forAlpha("Livraison Complète", 2);
		assertThat(order.state()).isEqualTo(OrderState.DEPOSITED);
		this.mvc.perform(get("/orders").with(adv()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(order.number())));
		this.mvc.perform(get("/orders/{id}", order.id()).with(adv()))
			.andExpect(content().string(containsString("Prendre en charge")));
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select state, adv_pilot from customer_order where id = ?", order.id()))
			.containsEntry("state", "IN_PROGRESS")
			.containsEntry("adv_pilot", "adv");
		assertThat(this.jdbc.queryForMap("select state, adv_pilot from contracted_offer where id = ?",
				order.contractedOfferId()))
			.containsEntry("state", "IN_PROGRESS")
			.containsEntry("adv_pilot", "adv");
		List<Long> sheets = sheets(order.id());
		LocalDate planned = LocalDate.now().plusDays(8);
		this.mvc
			.perform(move(order.id(), sheets, "IN_PROGRESS").param("plannedDelivery", planned.toString())
				.param("comment", "Pris en charge")
				.with(adv()))
			.andExpect(status().is3xxRedirection());
		for (String state : List.of("APPOINTMENT_PLANNED", "DELIVERING", "DELIVERED")) {
			this.mvc.perform(move(order.id(), sheets, state).with(adv())).andExpect(status().is3xxRedirection());
		}
		assertThat(sheets).allSatisfy((sheet) -> assertThat(stateOf(sheet)).isEqualTo("DELIVERED"));
		assertThat(this.jdbc.queryForMap("select state, delivered_on from customer_order where id = ?", order.id()))
			.containsEntry("state", "DELIVERED");
		assertThat(this.jdbc.queryForObject("select delivered_on from contracted_offer where id = ?", LocalDate.class,
				order.contractedOfferId()))
			.isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
		assertThat(this.jdbc.queryForList("select distinct state from contracted_sheet where contracted_offer_id = ?",
				String.class, order.contractedOfferId()))
			.containsExactly("DELIVERED");
		// each sheet's 4 moves and its planned date, the take, the order's two changes
		assertThat(this.jdbc.queryForObject(
				"select count(*) from order_event where order_id = ? and kind = 'SHEET_STATE'", Long.class, order.id()))
			.isEqualTo(8L);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and subject = ?",
				Long.class, TestOrders.RESELLER_EMAIL, "Commande " + order.number() + " livrée"))
			.isEqualTo(1L);
		// the reseller reads it: "Livrée", the delivery date, who did what
		String today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
			.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		this.jdbc.update("update company set client_reference = 'CLI-2026-042' where id = (select client_id"
				+ " from contracted_offer where id = ?)", order.contractedOfferId());
		this.mvc.perform(get("/contracted-offers/{id}", order.contractedOfferId()).with(alpha()))
			.andExpect(status().isOk())
			// guide 001's band: "Réf. client final" beside "Client final"
			.andExpect(content().string(containsString("Réf. client final</dt>")))
			.andExpect(content().string(containsString("id=\"client-reference\">CLI-2026-042</dd>")))
			.andExpect(content().string(containsString("Livrée")))
			.andExpect(content().string(containsString(today)))
			.andExpect(content().string(not(containsString("Pas encore livrée"))));
		// from the client's page, guide 001's list: Pilote ADV, Réf., Nom, …, Compte
		// client, Site
		long clientId = this.jdbc.queryForObject("select client_id from contracted_offer where id = ?", Long.class,
				order.contractedOfferId());
		String ocNumber = this.jdbc.queryForObject("select number from contracted_offer where id = ?", String.class,
				order.contractedOfferId());
		this.mvc.perform(get("/contracted-offers").param("clientId", String.valueOf(clientId)).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Liste des offres contractées</h1>")))
			.andExpect(content().string(containsString(">Pilote ADV</th>")))
			.andExpect(content().string(containsString(">Compte client</th>")))
			.andExpect(content().string(containsString(">Site</th>")))
			.andExpect(content().string(containsString(ocNumber)));
		this.mvc.perform(get("/contracted-offers/{id}/history", order.contractedOfferId()).with(alpha()))
			.andExpect(content().string(containsString("RDV planifié")))
			.andExpect(content().string(containsString("Pris en charge")))
			.andExpect(content().string(containsString("Prise en charge par l&#39;ADV")));
		this.mvc.perform(get("/contracted-offers").param("client", "Livraison Compl").with(alpha()))
			.andExpect(content().string(containsString(order.contractedOfferNumber())))
			.andExpect(content().string(containsString(today)));
	}

	@Test
	void theDeliveryNoteIsARealPdfOfTheOcOrOfOneSheetWithoutOperatorPrices() throws Exception {
		OrderView order = this.orders.forAlpha("Bon De Livraison", 2);
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		List<Long> sheets = sheets(order.id());
		this.mvc.perform(move(order.id(), sheets, "IN_PROGRESS").with(adv())).andExpect(status().is3xxRedirection());
		this.mvc.perform(move(order.id(), List.of(sheets.get(0)), "DELIVERED").with(adv()))
			.andExpect(status().is3xxRedirection());
		long oc = order.contractedOfferId();
		List<Map<String, Object>> contracted = this.jdbc
			.queryForList("select id, number from contracted_sheet where contracted_offer_id = ? order by id", oc);
		var response = this.mvc.perform(get("/contracted-offers/{id}/delivery-note", oc).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains(order.contractedOfferNumber());
		String text = fr.openip.myopenip.company.Pdfs.text(response.getContentAsByteArray());
		assertThat(text).contains("Bon de livraison")
			.contains(order.contractedOfferNumber())
			.contains("Bon De Livraison")
			.contains((String) contracted.get(0).get("number"))
			.contains((String) contracted.get(1).get("number"))
			.contains("Livrée")
			.contains("En cours")
			.doesNotContain("0,30")
			.doesNotContain("Marge");
		String one = fr.openip.myopenip.company.Pdfs.text(
				this.mvc
					.perform(
							get("/contracted-offers/{id}/sheets/{sheet}/delivery-note", oc, contracted.get(1).get("id"))
								.with(adv()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		assertThat(one).contains((String) contracted.get(1).get("number"))
			.doesNotContain((String) contracted.get(0).get("number"));
		// another OC's sheet under this OC, another reseller's OC
		OrderView other = this.orders.forAlpha("Autre Bon", 1);
		long otherSheet = this.jdbc.queryForObject("select id from contracted_sheet where contracted_offer_id = ?",
				Long.class, other.contractedOfferId());
		this.mvc.perform(get("/contracted-offers/{id}/sheets/{sheet}/delivery-note", oc, otherSheet).with(alpha()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/contracted-offers/{id}/delivery-note", oc).with(beta()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRefusedMoveChangesNothing() throws Exception {
		OrderView order = this.orders.forAlpha("Refus Sans Effet", 2);
		List<Long> sheets = sheets(order.id());
		// not taken yet
		this.mvc.perform(move(order.id(), sheets, "IN_PROGRESS").with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Prenez d&#39;abord la commande")));
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		long before = events(order.id());
		// a move the table refuses
		this.mvc.perform(move(order.id(), sheets, "DELIVERED").with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ne peut pas passer de « Non défini » à « Livrée »")));
		// all or none: one sheet may go, the other may not
		this.mvc.perform(move(order.id(), List.of(sheets.get(0)), "IN_PROGRESS").with(adv()))
			.andExpect(status().is3xxRedirection());
		long afterOne = events(order.id());
		this.mvc.perform(move(order.id(), sheets, "PORTING_DATE_CONFIRMED").with(adv()))
			.andExpect(status().isUnprocessableContent());
		assertThat(stateOf(sheets.get(0))).isEqualTo("IN_PROGRESS");
		assertThat(stateOf(sheets.get(1))).isEqualTo("UNDEFINED");
		assertThat(events(order.id())).isEqualTo(afterOne).isGreaterThan(before);
		// an unknown state, absurd years, no sheet, nothing to do
		this.mvc.perform(move(order.id(), sheets, "BOGUS").with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Ce statut n&#39;existe pas.")));
		for (String year : List.of("0999-01-01", "9999-12-31")) {
			this.mvc.perform(move(order.id(), sheets, null).param("plannedDelivery", year).with(adv()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(
						content().string(containsString("La date de livraison prévue doit tomber entre 2000 et 2199")));
		}
		this.mvc.perform(move(order.id(), sheets, null).param("plannedDelivery", "31/12/2026").with(adv()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(move(order.id(), List.of(), "IN_PROGRESS").with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Sélectionnez au moins une fiche produit.")));
		this.mvc.perform(move(order.id(), sheets, null).with(adv()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choisissez un nouveau statut")));
		// a sheet of another order
		OrderView other = this.orders.forAlpha("Autre Commande", 1);
		this.mvc.perform(move(order.id(), sheets(other.id()), "IN_PROGRESS").with(adv()))
			.andExpect(status().isNotFound());
		assertThat(events(order.id())).isEqualTo(afterOne);
		assertThat(stateOf(sheets.get(1))).isEqualTo("UNDEFINED");
		// a comment in HTML is kept as typed and shown as text
		this.mvc
			.perform(move(order.id(), List.of(sheets.get(1)), null).param("comment", "<script>alert('x')</script>")
				.with(adv()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/orders/{id}", order.id()).with(alpha()))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			// "Date de dépôt" as guide 000 writes it
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*Date de dépôt</dt><dd class=\"col-sm-9\">\\d{2}/\\d{2}/\\d{4} - \\d{2}:\\d{2}</dd>.*")));
	}

	@Test
	void aMegabyteCommentIsRefusedOverHttpWithItsMessage() throws Exception {
		OrderView order = this.orders.forAlpha("Commentaire Géant", 1);
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		long sheet = sheets(order.id()).get(0);
		long before = events(order.id());
		HttpPortal portal = new HttpPortal(this.port).login(DemoUsers.ADV, DemoUsers.PASSWORD, "STAFF");
		var response = portal.post("/orders/" + order.id() + "/sheets",
				Map.of("sheet", String.valueOf(sheet), "version[" + sheet + "]", "0", "comment", "x".repeat(1_000_000)),
				"/orders/" + order.id());
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("Le commentaire ne peut pas dépasser 2000 caractères.");
		assertThat(events(order.id())).isEqualTo(before);
	}

	@Test
	void resellersReadTheirOwnOrdersAndNeverMoveThem() throws Exception {
		OrderView order = this.orders.forAlpha("Lecture Seule", 1);
		long oc = order.contractedOfferId();
		for (String tab : List.of("", "/prices", "/scope", "/history")) {
			this.mvc.perform(get("/contracted-offers/" + oc + tab).with(alpha())).andExpect(status().isOk());
			this.mvc.perform(get("/contracted-offers/" + oc + tab).with(beta())).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/orders/{id}", order.id()).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Prendre en charge"))))
			.andExpect(content().string(not(containsString("Appliquer aux fiches sélectionnées"))));
		this.mvc.perform(get("/orders/{id}", order.id()).with(beta())).andExpect(status().isNotFound());
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(alpha()))
			.andExpect(status().isForbidden());
		this.mvc.perform(move(order.id(), sheets(order.id()), "IN_PROGRESS").with(alpha()))
			.andExpect(status().isForbidden());
		assertThat(
				this.jdbc.queryForObject("select adv_pilot from customer_order where id = ?", String.class, order.id()))
			.isNull();
		// lists and exports: the owner finds it, the other reseller does not
		this.mvc.perform(get("/contracted-offers").param("client", "Lecture Seule").with(alpha()))
			.andExpect(content().string(containsString(order.contractedOfferNumber())));
		this.mvc.perform(get("/contracted-offers").param("client", "Lecture Seule").with(beta()))
			.andExpect(content().string(not(containsString(order.contractedOfferNumber()))));
		this.mvc.perform(get("/contracted-offers/export").param("client", "Lecture Seule").with(beta()))
			.andExpect(content().string(not(containsString(order.contractedOfferNumber()))));
		this.mvc.perform(get("/orders").param("state", "ALL").param("client", "Lecture Seule").with(beta()))
			.andExpect(content().string(not(containsString(order.number()))));
		// the quote it was sold with, and its attachments
		long quote = this.jdbc.queryForObject("select quote_id from customer_order where id = ?", Long.class,
				order.id());
		this.quoteSummary.attach(quote, "plan-du-site.pdf", fr.openip.myopenip.company.Pdfs.minimal());
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			// guide 001's title, breadcrumb and the lists' tabs above the OC
			.andExpect(content().string(containsString("[" + order.contractedOfferNumber() + "]</h1>")))
			.andExpect(content().string(containsString("Portabilités de numéros</a>")))
			.andExpect(content().string(containsString("Voir les formulaires")))
			.andExpect(content().string(containsString("href=\"/forms?quote="
					+ this.jdbc.queryForObject("select number from quote where id = ?", String.class, quote) + "\"")))
			.andExpect(content().string(containsString("Voir le devis")))
			.andExpect(content().string(containsString("href=\"/quotes/" + quote + "/pdf\"")));
		this.mvc.perform(get("/contracted-offers/{id}/scope", oc).with(alpha()))
			.andExpect(content().string(containsString("plan-du-site.pdf")))
			.andExpect(content().string(containsString("/quotes/" + quote + "/attachments/")));
		// filters that are not values: said, never a 500
		this.mvc.perform(get("/contracted-offers").param("state", "BOGUS").with(alpha()))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/contracted-offers").param("deliveredFrom", "hier").with(alpha()))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/orders").param("state", "BOGUS").with(alpha()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ce statut n&#39;existe pas.")));
		this.mvc.perform(get("/contracted-offers").param("sort", "owner_id; drop table").with(alpha()))
			.andExpect(status().isOk());
		// margins: the reseller and the operator's sales staff, not the order desk
		this.mvc.perform(get("/contracted-offers/{id}/prices", oc).with(alpha()))
			.andExpect(content().string(containsString("Marge Abonnement")))
			.andExpect(content().string(containsString("Montants totaux")));
		this.mvc.perform(get("/contracted-offers/{id}/prices", oc).with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(containsString("Marge Abonnement")));
		this.mvc.perform(get("/contracted-offers/{id}/prices", oc).with(adv())).andExpect(status().isForbidden());
		for (String tab : List.of("", "/scope", "/history")) {
			this.mvc.perform(get("/contracted-offers/" + oc + tab).with(adv()))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Marge"))))
				.andExpect(content().string(not(containsString("Opé."))));
		}
	}

	@Test
	void twoAgentsAtOnceLoseNothing() throws Exception {
		OrderView order = this.orders.forAlpha("Deux Agents", 1);
		List<Integer> takes = race(
				() -> this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
					.andReturn()
					.getResponse()
					.getStatus());
		assertThat(takes).containsExactlyInAnyOrder(302, 409);
		assertThat(this.jdbc.queryForObject("select count(*) from order_event where order_id = ? and kind = 'TAKEN'",
				Long.class, order.id()))
			.isEqualTo(1L);
		long sheet = sheets(order.id()).get(0);
		// both read the page at the same version, each moves the sheet elsewhere
		MockHttpServletRequestBuilder toWork = move(order.id(), List.of(sheet), "IN_PROGRESS").with(adv());
		MockHttpServletRequestBuilder toClient = move(order.id(), List.of(sheet), "WAITING_FOR_CLIENT").with(adv());
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(List.of(toWork, toClient));
		List<Integer> moves = race(() -> {
			MockHttpServletRequestBuilder mine;
			synchronized (requests) {
				mine = requests.remove(0);
			}
			var response = this.mvc.perform(mine).andReturn().getResponse();
			if (response.getStatus() == 409) {
				assertThat(response.getContentAsString()).contains("Une fiche produit a changé");
			}
			return response.getStatus();
		});
		assertThat(moves).containsExactlyInAnyOrder(302, 409);
		assertThat(stateOf(sheet)).isIn("IN_PROGRESS", "WAITING_FOR_CLIENT");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from order_event where order_id = ? and kind = 'SHEET_STATE'", Long.class, order.id()))
			.isEqualTo(1L);
		assertThat(this.jdbc.queryForObject("select version from ordered_sheet where id = ?", Long.class, sheet))
			.isEqualTo(1L);
	}

	private static List<Integer> race(Callable<Integer> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theWaitingSheetsShowOnTheResellersHomePageAndByMail() throws Exception {
		OrderView order = this.orders.forAlpha("Retour Attendu", 2);
		this.mvc.perform(post("/orders/{id}/take", order.id()).with(csrf()).with(adv()))
			.andExpect(status().is3xxRedirection());
		long sheet = sheets(order.id()).get(1);
		this.mvc
			.perform(move(order.id(), List.of(sheet), "WAITING_FOR_CLIENT").param("comment", "Il manque le RIO.")
				.with(adv()))
			.andExpect(status().is3xxRedirection());
		String sheetNumber = this.jdbc.queryForObject("select number from ordered_sheet where id = ?", String.class,
				sheet);
		this.mvc.perform(get("/").with(alpha()))
			.andExpect(content().string(containsString("Commandes en attente de votre retour")))
			.andExpect(content().string(containsString(order.number() + " · Retour Attendu")))
			.andExpect(content().string(containsString(sheetNumber)));
		this.mvc.perform(get("/").with(beta())).andExpect(content().string(not(containsString(order.number()))));
		this.mvc.perform(get("/orders/{id}", order.id()).with(alpha()))
			.andExpect(content().string(containsString("Votre retour est attendu")))
			.andExpect(content().string(containsString("Il manque le RIO.")));
		// the order desk reads whom the sheet waits for
		this.mvc.perform(get("/orders/{id}", order.id()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(content().string(containsString("En attente du revendeur")))
			.andExpect(content().string(not(containsString("Votre retour est attendu"))));
		assertThat(this.jdbc.queryForObject("select body from outbox_mail where recipient = ? and subject like ?",
				String.class, TestOrders.RESELLER_EMAIL, "%" + order.number() + "%attendue%"))
			.contains(sheetNumber);
	}

	@Test
	void anOcPageAndTheQueueReadABoundedNumberOfStatements() throws Exception {
		OrderView order = this.orders.forAlpha("Cinquante Fiches", 50);
		// the logins are read before counting: they are the test's, not the page's
		RequestPostProcessor alpha = alpha();
		RequestPostProcessor adv = adv();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			for (String tab : List.of("", "/prices", "/scope", "/history")) {
				statistics.clear();
				this.mvc.perform(get("/contracted-offers/" + order.contractedOfferId() + tab).with(alpha))
					.andExpect(status().isOk());
				// whatever its fifty sheets: the OC, its parts, its tab, its open order's
				// delay and estimated delivery
				assertThat(statistics.getPrepareStatementCount()).as("OC page " + tab).isBetween(1L, 10L);
			}
			statistics.clear();
			this.mvc.perform(get("/orders/{id}", order.id()).with(adv)).andExpect(status().isOk());
			assertThat(statistics.getPrepareStatementCount()).as("order page").isBetween(1L, 8L);
			// the queue, filtered by a reseller's name: its resellers, its page and their
			// names in one transaction
			statistics.clear();
			List<String> begun = TransactionsBegun.during(this.transactionManager,
					() -> this.mvc
						.perform(get("/orders").param("reseller", "alpha").param("client", "Cinquante").with(adv))
						.andExpect(status().isOk())
						.andExpect(content().string(containsString(order.number()))));
			assertThat(statistics.getPrepareStatementCount()).as("queue").isBetween(1L, 8L);
			assertThat(begun).as("queue").hasSize(1);
			statistics.clear();
			this.mvc.perform(get("/contracted-offers").with(alpha)).andExpect(status().isOk());
			assertThat(statistics.getPrepareStatementCount()).as("OC list").isBetween(1L, 8L);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

}
