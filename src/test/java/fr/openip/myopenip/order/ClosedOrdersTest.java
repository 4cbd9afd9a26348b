package fr.openip.myopenip.order;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A closed order (Livrée, Annulée, Résiliée) and its sheets take no change from anyone,
 * whatever a crafted request posts (issue 19): each reproduction of the attack over real
 * HTTP, then the OC's état and its orders read in the database. A sheet makes only the
 * moves its order's type allows; an OC holds at most one open order, in the database too;
 * a termination is never placed without its sheets.
 */
@PortalIntegrationTest
class ClosedOrdersTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestOrders orders;

	private HttpPortal adv;

	private HttpPortal alpha;

	@BeforeEach
	void logIn() throws Exception {
		this.adv = new HttpPortal(this.port).login(DemoUsers.ADV, DemoUsers.PASSWORD, "STAFF");
		this.alpha = new HttpPortal(this.port).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
	}

	/**
	 * "Appliquer aux fiches sélectionnées" on {@code sheets}, with their versions now.
	 */
	private HttpResponse<String> move(long orderId, List<Long> sheets, String... fields) throws Exception {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		for (long sheet : sheets) {
			form.add(Map.entry("sheet", String.valueOf(sheet)));
			form.add(Map.entry("version[" + sheet + "]", String.valueOf(
					this.jdbc.queryForObject("select version from ordered_sheet where id = ?", Long.class, sheet))));
		}
		for (int i = 0; i < fields.length; i += 2) {
			form.add(Map.entry(fields[i], fields[i + 1]));
		}
		return this.adv.postFields("/orders/" + orderId + "/sheets", form, "/orders/" + orderId);
	}

	private List<Long> sheets(long orderId) {
		return this.jdbc.queryForList("select id from ordered_sheet where order_id = ? order by id", Long.class,
				orderId);
	}

	private void take(long orderId) throws Exception {
		assertThat(this.adv.post("/orders/" + orderId + "/take", Map.of(), "/orders/" + orderId).statusCode())
			.isEqualTo(302);
	}

	private void deliver(long orderId) throws Exception {
		take(orderId);
		for (String state : List.of("IN_PROGRESS", "DELIVERED")) {
			assertThat(move(orderId, sheets(orderId), "state", state).statusCode()).isEqualTo(302);
		}
	}

	private Map<String, Object> oc(long oc) {
		return this.jdbc.queryForMap("select state, current_order_id, version from contracted_offer where id = ?", oc);
	}

	private long ordersOf(long oc) {
		return this.jdbc.queryForObject("select count(*) from customer_order where contracted_offer_id = ?", Long.class,
				oc);
	}

	private long eventsOf(long oc) {
		return this.jdbc.queryForObject("select count(*) from order_event where contracted_offer_id = ?", Long.class,
				oc);
	}

	private HttpResponse<String> terminate(long oc) throws Exception {
		LocalDate earliest = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(3);
		return this.alpha.post("/contracted-offers/" + oc + "/termination",
				Map.of("version", oc(oc).get("version").toString(), "date", earliest.toString()),
				"/contracted-offers/" + oc);
	}

	/** An order of SIP Trunk Touch (3 months of notice) for a new client of Alpha. */
	private OrderView sipTrunkOfAlpha(String client, int calls) {
		return this.orders.place("Alpha Télécom", client, "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", calls));
	}

	/** A SIP Trunk Touch OC of Alpha (3 months of notice), delivered, then terminated. */
	private long[] terminatedOc(String client) throws Exception {
		OrderView creation = sipTrunkOfAlpha(client, 2);
		long oc = creation.contractedOfferId();
		deliver(creation.id());
		assertThat(terminate(oc).statusCode()).isEqualTo(302);
		long termination = (Long) oc(oc).get("current_order_id");
		take(termination);
		for (String state : List.of("TERMINATING", "TERMINATED")) {
			assertThat(move(termination, sheets(termination), "state", state).statusCode()).isEqualTo(302);
		}
		assertThat(oc(oc)).containsEntry("state", "TERMINATED").containsEntry("current_order_id", termination);
		return new long[] { oc, creation.id(), termination };
	}

	@Test
	void aTerminatedOcsOldOrderTakesNoCommentAndTheOcStaysTerminated() throws Exception {
		long[] ids = terminatedOc("Résiliée Pour De Bon");
		long oc = ids[0];
		long creation = ids[1];
		long termination = ids[2];
		long events = eventsOf(oc);

		// the attack: a comment alone on the delivered creation order's sheet
		HttpResponse<String> comment = move(creation, sheets(creation).subList(0, 1), "comment", "Réouverte");
		assertThat(comment.statusCode()).isEqualTo(422);
		assertThat(comment.body()).contains("est close");
		// a planned date, a comment or a move on the terminated order, the production
		// pilot
		String future = LocalDate.now().plusDays(10).toString();
		assertThat(move(creation, sheets(creation), "plannedDelivery", future).statusCode()).isEqualTo(422);
		assertThat(move(termination, sheets(termination), "comment", "Encore").statusCode()).isEqualTo(422);
		assertThat(
				this.adv
					.post("/orders/" + creation + "/production-pilot",
							Map.of("version",
									this.jdbc.queryForObject("select version from customer_order where id = ?",
											String.class, creation),
									"productionPilot", "Quelqu'un"),
							"/orders/" + creation)
					.statusCode())
			.isEqualTo(422);

		assertThat(oc(oc)).containsEntry("state", "TERMINATED").containsEntry("current_order_id", termination);
		assertThat(eventsOf(oc)).as("nothing written to the history").isEqualTo(events);
		assertThat(this.jdbc
			.queryForObject("select count(*) from ordered_sheet s join customer_order o on o.id = s.order_id"
					+ " where o.contracted_offer_id = ? and (s.comment is not null or s.planned_delivery is not null)",
					Long.class, oc))
			.isZero();
		assertThat(this.jdbc.queryForObject("select production_pilot from customer_order where id = ?", String.class,
				creation))
			.isNull();

		// the reseller cannot terminate or amend it a second time
		assertThat(terminate(oc).statusCode()).isEqualTo(422);
		var amendment = this.alpha.post("/quotes/amendments/" + oc, Map.of(), "/contracted-offers/" + oc);
		assertThat(amendment.statusCode()).isEqualTo(302);
		assertThat(ordersOf(oc)).isEqualTo(2L);
		assertThat(this.jdbc.queryForObject("select count(*) from quote where contracted_offer_id = ?", Long.class, oc))
			.isZero();
	}

	@Test
	void aCreationOrdersDeliveredSheetIsNeverTerminatedByAMove() throws Exception {
		OrderView order = this.orders.forAlpha("Livrée Sans Résiliation", 2);
		long oc = order.contractedOfferId();
		List<Long> sheets = sheets(order.id());
		take(order.id());
		assertThat(move(order.id(), sheets, "state", "IN_PROGRESS").statusCode()).isEqualTo(302);
		assertThat(move(order.id(), sheets.subList(0, 1), "state", "DELIVERED").statusCode()).isEqualTo(302);

		HttpResponse<String> terminating = move(order.id(), sheets.subList(0, 1), "state", "TERMINATING");
		assertThat(terminating.statusCode()).isEqualTo(422);
		assertThat(terminating.body()).contains("ne peut pas passer de « Livrée » à « Résiliation en cours »");
		assertThat(this.jdbc.queryForList("select state from ordered_sheet where order_id = ? order by id",
				String.class, order.id()))
			.containsExactly("DELIVERED", "IN_PROGRESS");

		// the order is then delivered, and the OC may be amended or terminated
		assertThat(move(order.id(), sheets.subList(1, 2), "state", "DELIVERED").statusCode()).isEqualTo(302);
		assertThat(oc(oc)).containsEntry("state", "DELIVERED");
		assertThat(this.alpha.get("/contracted-offers/" + oc).body()).contains("id=\"terminate\"");
	}

	@Test
	void aTerminationsSheetMakesOnlyTheEndingMoves() throws Exception {
		OrderView creation = sipTrunkOfAlpha("Résiliation Par Étapes", 1);
		long oc = creation.contractedOfferId();
		deliver(creation.id());
		assertThat(terminate(oc).statusCode()).isEqualTo(302);
		long termination = (Long) oc(oc).get("current_order_id");
		take(termination);
		for (String state : List.of("IN_PROGRESS", "CANCELLED", "DELIVERY_IMPOSSIBLE")) {
			assertThat(move(termination, sheets(termination), "state", state).statusCode()).as(state).isEqualTo(422);
		}
		assertThat(
				this.jdbc.queryForList("select state from ordered_sheet where order_id = ?", String.class, termination))
			.containsExactly("DELIVERED");
		assertThat(oc(oc)).containsEntry("state", "TERMINATING");
	}

	@Test
	void anOcHoldsAtMostOneOpenOrderInTheDatabase() throws Exception {
		long[] ids = terminatedOc("Une Seule Commande Ouverte");
		assertThatThrownBy(() -> this.jdbc.update("update customer_order set state = 'IN_PROGRESS' where id in (?, ?)",
				ids[1], ids[2]))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForList("select state from customer_order where contracted_offer_id = ? order by id",
				String.class, ids[0]))
			.containsExactly("DELIVERED", "TERMINATED");
	}

	@Test
	void aTerminationIsNeverPlacedWithoutItsSheets() throws Exception {
		OrderView creation = sipTrunkOfAlpha("Rien À Résilier", 1);
		long oc = creation.contractedOfferId();
		deliver(creation.id());
		// an OC that reads Livrée with nothing live under it (as the attack once left
		// one)
		this.jdbc.update("update contracted_sheet set state = 'TERMINATED' where contracted_offer_id = ?", oc);
		HttpResponse<String> refused = this.alpha
			.post("/contracted-offers/" + oc + "/termination",
					Map.of("version", oc(oc).get("version").toString(), "date",
							LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(6).toString()),
					"/contracted-offers/" + oc);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("ne peut pas être résiliée maintenant");
		assertThat(ordersOf(oc)).isEqualTo(1L);
		assertThat(oc(oc)).containsEntry("state", "DELIVERED").containsEntry("current_order_id", creation.id());
	}

}
