package fr.openip.myopenip.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.TestOrders;
import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Tableau de bord" in Chromium, for each role its part, every page checked by axe-core;
 * and the order desk's queue filtered to its late orders.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		this.browser = Browser.open(this.port);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void eachRoleReadsItsDashboardAndTheDeskFindsItsLateOrders() {
		// an order of Alpha's due yesterday: late
		OrderView late = this.orders.place("Alpha Télécom", "Client en Retard", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		this.jdbc.update("update customer_order set due_on = ? where id = ?",
				LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1), late.id());
		Browser b = this.browser;

		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.menu("Tableau de bord", "Tableau de bord");
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
		assertThat(b.find(By.id("sales")).getText()).contains("Vos ventes")
			.contains("Revenu récurrent mensuel")
			.contains("devenus commandes");
		assertThat(b.isShown(By.id("desk"))).isFalse();
		assertThat(b.find(By.cssSelector("#chart-revenue svg title")).getDomProperty("textContent"))
			.contains("Revenu récurrent mensuel");
		b.checkAccessibility();
		// its own late order, flagged in its orders
		b.go("/orders?delay=LATE");
		assertThat(b.find(By.id("orders")).getText()).contains("Client en Retard").contains("En retard de");
		b.checkAccessibility();
		b.logOut();

		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.menu("Tableau de bord", "Tableau de bord");
		assertThat(b.find(By.id("desk")).getText()).contains("Commandes ouvertes")
			.contains("L'ancienneté des commandes ouvertes")
			.contains("Commandes par pilote ADV");
		b.checkAccessibility();
		b.menu("Commandes", "Commandes");
		b.choose("Délai", "En retard");
		b.click("Rechercher");
		assertThat(b.find(By.id("orders")).getText()).contains("Client en Retard");
		b.checkAccessibility();
		b.logOut();

		b.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		b.go("/dashboard");
		b.choose("Revendeur", "Alpha Télécom");
		b.click("Rechercher");
		assertThat(b.path()).contains("reseller=");
		assertThat(b.find(By.id("sales")).getText()).contains("Les ventes des revendeurs");
		b.checkAccessibility();
		b.click("Le pôle commandes (ADV)");
		assertThat(b.find(By.id("desk")).getText()).contains("Commandes ouvertes");
		b.checkAccessibility();
		b.logOut();
	}

}
