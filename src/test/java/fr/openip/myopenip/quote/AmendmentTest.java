package fr.openip.myopenip.quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.TestOrders;
import fr.openip.myopenip.order.domain.OrderDesk;
import fr.openip.myopenip.order.domain.OrderDesk.SheetMove;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.telephony.TestServices;
import fr.openip.myopenip.telephony.TestServices.TestService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guide 001, "Faire un ajout/réduction sur une OC": a quote in process "AJOUT /
 * RÉDUCTION" from a delivered OC, validated as any quote, gives an order "Ajout /
 * Réduction" on the same OC; delivered, the OC's quantities become the final ones. A
 * reduction of licences says which go and what becomes of their numbers.
 */
@PortalIntegrationTest
class AmendmentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	TestServices services;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrderDesk desk;

	@Autowired
	TransactionTemplate transactions;

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private ProductView product(String offer, String name) {
		long offerId = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals(offer))
			.findFirst()
			.orElseThrow()
			.id();
		return this.catalogue.productsOnSale(offerId)
			.stream()
			.filter((product) -> product.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A delivered OC of one "Appel(s) simu(s) SIP - Compteur", sold at 4,00 € a month.
	 */
	private OrderView deliveredSipTrunk(String client) {
		OrderView order = this.orders.place("Alpha Télécom", client, "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		this.orders.deliver(order);
		this.jdbc.update("update contracted_sheet set monthly_client = 4.00 where contracted_offer_id = ?",
				order.contractedOfferId());
		return order;
	}

	private long quoteOf(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long version(long quote) {
		return this.jdbc.queryForObject("select version from quote where id = ?", Long.class, quote);
	}

	private int quotesOf(long contractedOffer) {
		return this.jdbc.queryForObject("select count(*) from quote where contracted_offer_id = ?", Integer.class,
				contractedOffer);
	}

	/** Step 2 as the OC's sites and contacts prefill it. */
	private void sitesAndContacts(long quote) throws Exception {
		var ids = this.jdbc.queryForMap("select installation_site_id, billing_point_id from quote where id = ?", quote);
		this.mvc
			.perform(post("/quotes/{id}/sites", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("installationSiteId", ids.get("installation_site_id").toString())
				.param("billingPointId", ids.get("billing_point_id").toString())
				.param("action", "continue")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * Steps 2 and 3 as the OC's sites and contacts prefill them, then the client's
	 * validation by its reseller.
	 */
	private void validate(long quote) throws Exception {
		sitesAndContacts(quote);
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * The order desk delivers an amendment: new units delivered, units taken away
	 * terminated.
	 */
	private void deliverAmendment(long order) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("adv", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADV"))));
		try {
			this.transactions.executeWithoutResult((status) -> this.desk.take(order));
			for (SheetState state : List.of(SheetState.IN_PROGRESS, SheetState.DELIVERED, SheetState.TERMINATED)) {
				Map<Long, Long> versions = new LinkedHashMap<>();
				String from = switch (state) {
					case IN_PROGRESS -> "UNDEFINED";
					case DELIVERED -> "IN_PROGRESS";
					default -> "TERMINATING";
				};
				this.jdbc
					.queryForList("select id, version from ordered_sheet where order_id = ? and state = ?", order, from)
					.forEach((row) -> versions.put((Long) row.get("id"), (Long) row.get("version")));
				if (!versions.isEmpty()) {
					this.transactions.executeWithoutResult(
							(status) -> this.desk.move(order, new SheetMove(versions, state, null, null)));
				}
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	@Test
	void aResellerRaisesItsDeliveredOcOneToThreeAndTheDeliveredOrderMakesTheOcsQuantitiesTheFinalOnes()
			throws Exception {
		OrderView creation = deliveredSipTrunk("Ajout Guide Un");
		long oc = creation.contractedOfferId();
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(containsString("title=\"Faire un ajout / réduction\"")));
		this.mvc.perform(get("/quotes/amendments/{oc}", oc).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PROCESSUS EN COURS : AJOUT / RÉDUCTION")))
			.andExpect(content().string(containsString("<h1 class=\"h3\">Création du devis</h1>")))
			.andExpect(content().string(containsString("Informations du site")))
			.andExpect(content().string(containsString("Raison sociale :")))
			.andExpect(content().string(containsString("Choisir Appel(s) simu(s) SIP - Compteur")))
			.andExpect(content().string(containsString("Quantité commandée dans le devis précédent : 1")))
			.andExpect(content().string(containsString("Finaliser la commande")));
		String location = this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "3")
				// a forged price is no field of the form: ignored
				.param("monthlyClient", "0.01")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = quoteOf(location);
		assertThat(this.jdbc.queryForMap(
				"select q.contracted_offer_id, q.monthly_total, l.initial_quantity, l.quantity, l.initial_monthly"
						+ " from quote q join quote_line l on l.quote_id = q.id where q.id = ?",
				quote))
			.containsEntry("contracted_offer_id", oc)
			.containsEntry("initial_quantity", 1)
			.containsEntry("quantity", 3)
			.hasEntrySatisfying("monthly_total",
					(total) -> assertThat((java.math.BigDecimal) total).isEqualByComparingTo("9.00"))
			.hasEntrySatisfying("initial_monthly",
					(total) -> assertThat((java.math.BigDecimal) total).isEqualByComparingTo("4.00"));
		validate(quote);
		this.mvc.perform(get("/quotes/{id}", quote).with(alpha()))
			.andExpect(content().string(containsString("+2")))
			.andExpect(content().string(containsString("4,00 €/mois</del>")))
			.andExpect(content().string(containsString("9,00 €/mois")))
			.andExpect(content().string(containsString("10,80 €/mois")));
		long order = this.jdbc.queryForObject("select id from customer_order where quote_id = ?", Long.class, quote);
		assertThat(
				this.jdbc.queryForMap("select order_type, contracted_offer_id from customer_order where id = ?", order))
			.containsEntry("order_type", "AMENDMENT")
			.containsEntry("contracted_offer_id", oc);
		assertThat(
				this.jdbc.queryForObject("select count(*) from ordered_sheet where order_id = ?", Integer.class, order))
			.isEqualTo(2);
		// while it is in progress, the pencil is not offered, and says why
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(containsString("est déjà en cours")));
		deliverAmendment(order);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from contracted_sheet where contracted_offer_id = ? and state = 'DELIVERED'",
				Integer.class, oc))
			.isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class, oc))
			.isEqualTo("DELIVERED");
		assertThat(this.jdbc.queryForObject(
				"select comment from order_event where contracted_offer_id = ? and kind = 'AMENDED'", String.class, oc))
			.isEqualTo("Appel(s) simu(s) SIP - Compteur : 1 → 3");
	}

	@Test
	void badAmendmentsAreRefusedWithAMessageAndNothingWritten() throws Exception {
		OrderView creation = deliveredSipTrunk("Ajout Refusé");
		long oc = creation.contractedOfferId();
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		ProductView portability = product("Portabilité de numéros", "Numéro(s) isolé(s) à porter");
		this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "-1")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Quantité")));
		this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + portability.id() + "]", "1")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent());
		// a discount taking 3,00 € below the operator's 1,50 €
		this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "2")
				.param("monthlyDiscounts[" + calls.id() + "]", "60")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("sous le prix opérateur")));
		this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "1")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("ne change rien")));
		assertThat(quotesOf(oc)).isZero();
		// another reseller's OC
		for (String url : List.of("/quotes/amendments/" + oc)) {
			this.mvc.perform(get(url).with(this.logins.as(DemoUsers.RESELLER_BETA))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "2")
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		assertThat(quotesOf(oc)).isZero();
		// a second amendment while the first is open: back to the first, told why
		String first = this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "2")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", "5")
				.with(alpha()))
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("errorKey", "amendment.error.open"));
		assertThat(quotesOf(oc)).isOne();
		// an OC not delivered
		OrderView pending = this.orders.place("Alpha Télécom", "Ajout En Cours", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		this.mvc.perform(get("/quotes/amendments/{oc}", pending.contractedOfferId()).with(alpha()))
			.andExpect(redirectedUrl("/contracted-offers/" + pending.contractedOfferId()))
			.andExpect(flash().attribute("errorKey", "amendment.unavailable.notDelivered"));
		assertThat(quotesOf(pending.contractedOfferId())).isZero();
	}

	@Test
	void aReductionOfLicencesKeepsOneNumberAndQuarantinesTheOtherWhenItIsDelivered() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Réduction Licences", 3, 0);
		List<Long> numbers = this.services.freeNumbers(service.clientId());
		this.services.give(service.licenceIds().get(0), "Reste", numbers.get(0));
		this.services.give(service.licenceIds().get(1), "Garde", numbers.get(1));
		this.services.give(service.licenceIds().get(2), "Quitte", numbers.get(2));
		long oc = service.order().contractedOfferId();
		ProductView sda = product("Com'Unifiées MetaCentrex", "Licence MetaCentrex SDA simple");
		List<Long> sheets = this.jdbc.queryForList(
				"select contracted_sheet_id from licence where service_id = ? order by id", Long.class, service.id());
		long quote = quoteOf(this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + sda.id() + "]", "1")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		// the summary lists the units with their users and numbers; the choice is exactly
		// two
		sitesAndContacts(quote);
		this.mvc.perform(get("/quotes/{id}", quote).with(alpha()))
			.andExpect(content().string(containsString("Unités retirées")))
			.andExpect(content().string(containsString("Test Quitte")));
		this.mvc
			.perform(post("/quotes/{id}/removals", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("unit", String.valueOf(sheets.get(1)))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("exactement 2")));
		this.mvc
			.perform(post("/quotes/{id}/removals", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("unit", String.valueOf(sheets.get(1)), String.valueOf(sheets.get(2)))
				.param("keep[" + sheets.get(1) + "]", "true")
				.param("keep[" + sheets.get(2) + "]", "false")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList(
				"select keep_number from quote_removal where quote_id = ? order by contracted_sheet_id", Boolean.class,
				quote))
			.containsExactly(true, false);
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/quotes/{id}/pdf", quote).with(alpha())).andExpect(status().isOk());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		long order = this.jdbc.queryForObject("select id from customer_order where quote_id = ?", Long.class, quote);
		assertThat(this.jdbc.queryForList(
				"select state || ' ' || keep_number from ordered_sheet where order_id = ? and removal order by contracted_sheet_id",
				String.class, order))
			.containsExactly("TERMINATING true", "TERMINATING false");
		// the order desk sees what becomes of each number
		this.mvc.perform(get("/orders/{id}", order).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(content().string(containsString("retirée, numéro conservé")))
			.andExpect(content().string(containsString("retirée, numéro en quarantaine")));
		// nothing happens to the numbers before the delivery
		assertThat(this.services.numberState(numbers.get(2))).isEqualTo("ASSIGNED");
		deliverAmendment(order);
		assertThat(this.services.numberState(numbers.get(0))).isEqualTo("ASSIGNED");
		assertThat(this.services.numberState(numbers.get(1))).isEqualTo("FREE");
		assertThat(this.services.numberState(numbers.get(2))).isEqualTo("QUARANTINED");
		assertThat(this.jdbc.queryForList("select id from licence where service_id = ?", Long.class, service.id()))
			.containsExactly(service.licenceIds().get(0));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from contracted_sheet where contracted_offer_id = ? and state = 'DELIVERED'",
				Integer.class, oc))
			.isOne();
	}

	/** An amendment of the OC to {@code quantity} calls, validated: its order. */
	private long amendmentOrder(long oc, int quantity) throws Exception {
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		String location = this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + calls.id() + "]", String.valueOf(quantity))
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = quoteOf(location);
		validate(quote);
		return this.jdbc.queryForObject("select id from customer_order where quote_id = ?", Long.class, quote);
	}

	private List<String> contractedStates(long oc) {
		return this.jdbc.queryForList("select state from contracted_sheet where contracted_offer_id = ? order by id",
				String.class, oc);
	}

	@Test
	void anAmendmentCancelledAddsNothingAndTheOcKeepsItsQuantitiesAndItsPencil() throws Exception {
		OrderView creation = deliveredSipTrunk("Ajout Annulé");
		long oc = creation.contractedOfferId();
		long order = amendmentOrder(oc, 3);
		assertThat(contractedStates(oc)).containsExactly("DELIVERED", "UNDEFINED", "UNDEFINED");
		// a reseller may not cancel it at the desk
		this.mvc.perform(post("/orders/{id}/cancel-amendment", order).with(csrf()).with(alpha()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/orders/{id}/cancel-amendment", order).with(csrf()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(redirectedUrl("/orders/" + order));
		assertThat(this.jdbc.queryForObject("select state from customer_order where id = ?", String.class, order))
			.isEqualTo("CANCELLED");
		assertThat(contractedStates(oc)).containsExactly("DELIVERED", "CANCELLED", "CANCELLED");
		assertThat(this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class, oc))
			.isEqualTo("DELIVERED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from order_event where order_id = ? and kind = 'AMENDMENT_CANCELLED'", Long.class,
				order))
			.isEqualTo(1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from outbox_mail where subject = ?", Long.class,
						"Ajout / réduction " + this.jdbc.queryForObject(
								"select number from customer_order where id = ?", String.class, order) + " annulé"))
			.isEqualTo(1);
		// the blue pencil again
		this.mvc.perform(get("/contracted-offers/{id}", oc).with(alpha()))
			.andExpect(content().string(containsString("title=\"Faire un ajout / réduction\"")));
		// once cancelled, it is closed
		this.mvc.perform(post("/orders/{id}/cancel-amendment", order).with(csrf()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aReductionCancelledLeavesTheUnitsItTookAwayLive() throws Exception {
		OrderView creation = this.orders.place("Alpha Télécom", "Réduction Annulée", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 2));
		this.orders.deliver(creation);
		long oc = creation.contractedOfferId();
		long order = amendmentOrder(oc, 1);
		assertThat(this.jdbc.queryForList("select state from ordered_sheet where order_id = ? and removal",
				String.class, order))
			.containsExactly("TERMINATING");
		this.mvc.perform(post("/orders/{id}/cancel-amendment", order).with(csrf()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(redirectedUrl("/orders/" + order));
		assertThat(this.jdbc.queryForList("select state from ordered_sheet where order_id = ? and removal",
				String.class, order))
			.containsExactly("DELIVERED");
		assertThat(contractedStates(oc)).containsExactly("DELIVERED", "DELIVERED");
		assertThat(this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class, oc))
			.isEqualTo("DELIVERED");
	}

}
