package fr.openip.myopenip.dashboard;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.account.TestAccounts;
import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.OfferTerms;
import fr.openip.myopenip.catalogue.domain.ProductTerms;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.domain.PartnerCompanyCommand;
import fr.openip.myopenip.company.domain.PartnerCompanyService;
import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.TestOrders;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.support.TransactionsBegun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Tableau de bord" against hand-counted fixtures: a new reseller's recurring revenue,
 * margin, pipeline and engagement ending, the same for the operator's staff filtering by
 * that reseller, never another reseller's; the order desk's deliveries on time for a new
 * offer; each role its part.
 */
@PortalIntegrationTest
class DashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	PartnerCompanyService partners;

	@Autowired
	CatalogueManagement catalogue;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	private void parisAt(int year, int month, int day) {
		this.clock.setTo(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, PortalClock.PARIS));
	}

	@Test
	void aResellersFiguresAreItsOwnAndTheStaffReadThemByReseller() throws Exception {
		String name = "Revendeur Tableau " + System.nanoTime();
		long reseller = this.partners.create(new PartnerCompanyCommand(name, CompanyUniverse.RESELLER, null, null))
			.getId();
		RequestPostProcessor itself = this.logins.as(this.accounts.newResellerOf(name).getUsername());
		// Monday 15 June 2026: two SIP channels at 3,00 € (1,50 € to the operator)
		// delivered,
		// a number ordered and not delivered
		parisAt(2026, 6, 15);
		OrderView sip = this.orders.place(name, "Client Tableau", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 2));
		this.orders.deliver(sip);
		this.orders.place(name, "Client Tableau Bis", "Numéro - Géographique", Map.of("Numéro géographique", 1));

		// 1 April 2027: the engagement of 12 months ends on 15 June 2027, within 90 days
		parisAt(2027, 4, 1);
		this.mvc.perform(get("/dashboard").with(itself))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vos ventes")))
			.andExpect(content().string(not(containsString("id=\"desk\""))))
			// May 2026: nothing yet; June 2026 to April 2027: 6,00 € a month, 3,00 € of
			// margin
			.andExpect(content().string(containsString("<td>mai 2026</td><td class=\"text-end\">0,00 €</td>")))
			.andExpect(content().string(containsString(
					"<td>juin 2026</td><td class=\"text-end\">6,00 €</td><td class=\"text-end\">3,00 €</td>")))
			.andExpect(content().string(containsString(
					"<td>avr. 2027</td><td class=\"text-end\">6,00 €</td><td class=\"text-end\">3,00 €</td>")))
			// its two quotes are drafts at step 1 (the test placed the orders itself)
			.andExpect(content().string(containsString("Devis : 0 sur 2 devenus commandes (0 %)")))
			.andExpect(content().string(containsString(sip.contractedOfferNumber())))
			.andExpect(content().string(containsString("15/06/2027")));
		// whatever it asks for, a reseller reads its own
		this.mvc.perform(get("/dashboard").param("reseller", "1").with(itself))
			.andExpect(content().string(containsString(sip.contractedOfferNumber())));
		// another reseller never counts it
		this.mvc.perform(get("/dashboard").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(not(containsString(sip.contractedOfferNumber()))));
		// the operator's staff: every reseller's, or this one's, with the same figures;
		// the desk's part in the other tab
		RequestPostProcessor operator = this.logins.as(DemoUsers.OPERATOR);
		this.mvc.perform(get("/dashboard").param("reseller", String.valueOf(reseller)).with(operator))
			.andExpect(content().string(containsString("Les ventes des revendeurs")))
			.andExpect(content().string(not(containsString("id=\"desk\""))))
			.andExpect(content().string(containsString("href=\"/dashboard?view=desk\"")))
			.andExpect(content().string(containsString(
					"<td>juin 2026</td><td class=\"text-end\">6,00 €</td><td class=\"text-end\">3,00 €</td>")))
			.andExpect(content().string(containsString("Devis : 0 sur 2 devenus commandes (0 %)")));
		this.mvc.perform(get("/dashboard").param("reseller", "999999999").with(operator))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard").param("view", "desk").with(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"desk\"")))
			.andExpect(content().string(not(containsString("id=\"sales\""))))
			.andExpect(content().string(not(containsString(sip.contractedOfferNumber()))));
		// the order desk reads its own part only, whatever view it asks for; a reseller
		// its sales
		this.mvc.perform(get("/dashboard").param("view", "sales").with(this.logins.as(DemoUsers.ADV)))
			.andExpect(content().string(containsString("id=\"desk\"")))
			.andExpect(content().string(not(containsString("id=\"sales\""))))
			.andExpect(content().string(not(containsString("nav-tabs"))));
		this.mvc.perform(get("/dashboard").param("view", "desk").with(itself))
			.andExpect(content().string(not(containsString("id=\"desk\""))))
			.andExpect(content().string(containsString(sip.contractedOfferNumber())));
	}

	@Test
	void theDeskCountsTheDeliveriesOnTimeByOffer() throws Exception {
		String offerName = "Offre Ponctuelle " + System.nanoTime();
		var offer = this.catalogue.create(new OfferTerms(offerName, null, false, false, 0, true, 1, true, 1, null, 2));
		this.catalogue.addProduct(offer.getId(), new ProductTerms("Lignes", "Ligne ponctuelle", null, 1, BigDecimal.ONE,
				BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE));
		// Monday 7 September 2026, due two working days later, on Wednesday 9: three
		// delivered on the Tuesday, one on Friday 11
		parisAt(2026, 9, 7);
		OrderView[] placed = new OrderView[4];
		for (int i = 0; i < placed.length; i++) {
			placed[i] = this.orders.place("Beta Réseaux", "Client Ponctuel", offerName, Map.of("Ligne ponctuelle", 1));
		}
		parisAt(2026, 9, 8);
		for (int i = 0; i < 3; i++) {
			this.orders.deliver(placed[i]);
		}
		parisAt(2026, 9, 11);
		this.orders.deliver(placed[3]);
		this.mvc.perform(get("/dashboard").with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>" + offerName
					+ "</td><td class=\"text-end\">4</td><td class=\"text-end\">3</td><td class=\"text-end\">75 %</td>")))
			.andExpect(content().string(containsString("Commandes par pilote ADV")))
			.andExpect(content().string(containsString("aria-labelledby=\"chart-on-time-title\"")));
	}

	@Test
	void theSummariesAgreeWithTheRowsTheyCount() {
		// after the demo and whatever the other tests did: each counter as a count says
		assertThat(this.jdbc.queryForList(
				"select state || ' ' || deposited_on || ' ' || orders from order_open_figure where orders <> 0 order by 1",
				String.class))
			.isEqualTo(this.jdbc.queryForList("select state || ' ' || (deposited_at at time zone 'Europe/Paris')::date"
					+ " || ' ' || count(*) from customer_order where state not in ('DELIVERED', 'CANCELLED',"
					+ " 'TERMINATED') group by state, (deposited_at at time zone 'Europe/Paris')::date order by 1",
					String.class));
		assertThat(this.jdbc.queryForList("select offer_id || ' ' || month || ' ' || delivered || ' ' || on_time"
				+ " from order_delivery_figure where delivered <> 0 order by 1", String.class))
			.isEqualTo(this.jdbc.queryForList("select offer_id || ' ' || date_trunc('month', delivered_on)::date"
					+ " || ' ' || count(*) || ' ' || count(*) filter (where delivered_on <= due_on) from customer_order"
					+ " where state = 'DELIVERED' group by offer_id, date_trunc('month', delivered_on) order by 1",
					String.class));
		assertThat(this.jdbc.queryForList(
				"select owner_id || ' ' || sum(revenue) || ' ' || sum(margin)"
						+ " from sheet_revenue_figure group by owner_id having sum(revenue) <> 0 order by 1",
				String.class))
			.isEqualTo(this.jdbc.queryForList("select owner_id || ' ' || sum(monthly_client) || ' ' ||"
					+ " sum(monthly_client - monthly_operator) from contracted_sheet where delivered_on is not null"
					+ " and ended_on is null group by owner_id having sum(monthly_client) <> 0 order by 1",
					String.class));
		// every reseller's, by month (V31)
		assertThat(this.jdbc.queryForList("select month || ' ' || revenue || ' ' || margin from sheet_revenue_total"
				+ " where revenue <> 0 or margin <> 0 order by 1", String.class))
			.isEqualTo(this.jdbc.queryForList("select month || ' ' || sum(revenue) || ' ' || sum(margin)"
					+ " from sheet_revenue_figure group by month having sum(revenue) <> 0 or sum(margin) <> 0 order by 1",
					String.class));
		assertThat(this.jdbc.queryForList("select owner_id || ' ' || status || ' ' || step || ' ' || quotes"
				+ " from quote_figure where quotes <> 0 order by 1", String.class))
			.isEqualTo(this.jdbc.queryForList("select owner_id || ' ' || status || ' ' || step || ' ' || count(*)"
					+ " from quote where status <> 'SUPERSEDED' and owner_id is not null group by owner_id, status,"
					+ " step order by 1", String.class));
	}

	@Test
	void eachPartIsReadInOneTransactionOfAFewStatements() throws Exception {
		// the logins are read before counting: they are the test's, not the page's
		RequestPostProcessor reseller = this.logins.as(DemoUsers.RESELLER_ALPHA);
		RequestPostProcessor operator = this.logins.as(DemoUsers.OPERATOR);
		RequestPostProcessor adv = this.logins.as(DemoUsers.ADV);
		long alpha = this.jdbc.queryForObject("select id from company where name = 'Alpha Télécom'", Long.class);
		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("reseller", get("/dashboard").with(reseller));
		pages.put("operator, every reseller", get("/dashboard").with(operator));
		pages.put("operator, one reseller", get("/dashboard").param("reseller", String.valueOf(alpha)).with(operator));
		pages.put("operator, the desk", get("/dashboard").param("view", "desk").with(operator));
		pages.put("order desk", get("/dashboard").with(adv));
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
				statistics.clear();
				List<String> begun = TransactionsBegun.during(this.transactionManager,
						() -> this.mvc.perform(page.getValue()).andExpect(status().isOk()));
				// one connection and one snapshot for the page's figures, each read by a
				// statement or two
				assertThat(begun).as(page.getKey()).hasSize(1);
				assertThat(statistics.getPrepareStatementCount()).as(page.getKey()).isBetween(1L, 5L);
			}
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

}
