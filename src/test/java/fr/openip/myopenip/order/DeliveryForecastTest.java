package fr.openip.myopenip.order;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.OfferTerms;
import fr.openip.myopenip.catalogue.domain.ProductTerms;
import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * "Livraison estimée" from a known history: ten orders of an offer delivered in 3 to 7
 * working days give, for a new one, a median of 5 and an 80th percentile of 6; as it
 * waits, only the orders that took as long count; too few, no estimate.
 */
@PortalIntegrationTest
class DeliveryForecastTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	CatalogueManagement catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	private void parisAt(int month, int day) {
		this.clock.setTo(ZonedDateTime.of(2026, month, day, 10, 0, 0, 0, PortalClock.PARIS));
	}

	@Test
	void theEstimateRestsOnTheLastDeliveriesThatTookAsLongAndNoneBelowTheMinimum() throws Exception {
		String offerName = "Offre Estimée " + System.nanoTime();
		var offer = this.catalogue.create(new OfferTerms(offerName, null, false, false, 0, true, 1, true, 1, null, 10));
		this.catalogue.addProduct(offer.getId(), new ProductTerms("Lignes", "Ligne estimée", null, 1, BigDecimal.ONE,
				BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE));
		// Monday 1 June 2026: ten orders delivered in 3, 3, 4, 4, 5, 5, 6, 6, 7 and 7
		// working
		// days, then an eleventh, open
		parisAt(6, 1);
		for (int days : List.of(3, 3, 4, 4, 5, 5, 6, 6, 7, 7)) {
			OrderView done = this.orders.place("Alpha Télécom", "Historique Estimé", offerName,
					Map.of("Ligne estimée", 1));
			this.jdbc.update("update customer_order set state = 'DELIVERED', delivered_on = current_date,"
					+ " working_days_to_deliver = ? where id = ?", days, done.id());
		}
		OrderView open = this.orders.place("Beta Réseaux", "Client Estimé", offerName, Map.of("Ligne estimée", 1));
		this.mvc.perform(get("/orders/{id}", open.id()).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(containsString("entre le 08/06/2026 et le 09/06/2026")))
			.andExpect(content().string(containsString("les 10 dernières commandes livrées de cette offre")))
			.andExpect(content().string(containsString("la moitié en 5 jours ouvrés ou moins, 8 sur 10 en 6")));
		this.mvc
			.perform(get("/contracted-offers/{id}", open.contractedOfferId())
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(containsString("Livraison estimée")))
			.andExpect(content().string(containsString("entre le 08/06/2026 et le 09/06/2026")));

		// a week later it has waited 5 working days: the six orders that took 5 or more
		parisAt(6, 8);
		this.mvc.perform(get("/orders/{id}", open.id()).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(containsString("entre le 09/06/2026 et le 10/06/2026")))
			.andExpect(content().string(containsString("les 6 dernières commandes")));

		// after 7 working days only two took as long: no estimate, and why
		parisAt(6, 10);
		this.mvc.perform(get("/orders/{id}", open.id()).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(containsString("Pas d&#39;estimation : il faut au moins 5 commandes")))
			.andExpect(content().string(not(containsString("id=\"forecast-range\""))));
	}

}
