package fr.openip.myopenip.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.TestOrders;
import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.telephony.TestServices;
import fr.openip.myopenip.telephony.TestServices.TestService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guide 001, "Faire un ajout/réduction sur une OC", by its labels: the client's page →
 * "Voir les offres contractées (OC)" → "Détail >" → the blue pencil → the basket in
 * process "AJOUT / RÉDUCTION" → "Finaliser la commande" → sites and contacts → the
 * summary's Initial / Évolution / Final → the validation, as a reseller (1 → +2 → 3) and
 * as an operator (a reduction of licences that keeps one number and quarantines another).
 * Every page passes axe-core.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmendmentBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestOrders orders;

	@Autowired
	TestServices services;

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
	void aResellerRaisesItsOcFromOneToThreeAsGuide001Says() {
		OrderView creation = this.orders.place("Alpha Télécom", "Ajout Navigateur", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 1));
		this.orders.deliver(creation);
		this.jdbc.update("update contracted_sheet set monthly_client = 4.00 where contracted_offer_id = ?",
				creation.contractedOfferId());
		long client = this.jdbc.queryForObject("select client_id from contracted_offer where id = ?", Long.class,
				creation.contractedOfferId());

		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/companies/" + client);
		b.click("Voir les offres contractées (OC)");
		b.click("Détail >");
		b.find(By.id("amend")).click();
		assertThat(b.find(By.id("process")).getText()).isEqualTo("PROCESSUS EN COURS : AJOUT / RÉDUCTION");
		assertThat(b.text()).contains("Quantité commandée dans le devis précédent : 1");
		// guide 001's "Création du devis": the OC's site above the basket, a box per
		// product
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Création du devis");
		assertThat(b.find(By.id("site-information")).getText()).contains("Informations du site")
			.contains("Raison sociale :")
			.contains("Ajout Navigateur")
			.contains("Nom du site :")
			.contains("Téléphone :")
			.contains("Adresse");
		WebElement chosen = b.find(By.cssSelector("input[aria-label='Choisir Appel(s) simu(s) SIP - Compteur']"));
		WebElement quantity = b.find(By.id(chosen.getDomAttribute("data-quantity-of")));
		assertThat(chosen.isSelected()).isTrue();
		chosen.click();
		assertThat(quantity.getDomProperty("value")).isEqualTo("0");
		assertThat(b.find(By.id("monthly-ht")).getText()).isEqualTo("0,00 €/mois");
		chosen.click();
		assertThat(quantity.getDomProperty("value")).isEqualTo("1");
		b.screenshot("amendment-basket");
		b.type("Appel(s) simu(s) SIP - Compteur", "3");
		b.click("Finaliser la commande");
		assertThat(b.find(By.id("flash-success")).getText()).contains("Devis d'ajout / réduction");
		// sites and the on-site contact come from the OC; the guide's warning is there
		assertThat(b.find(By.id("step2")).getText()).contains("compléments d'adresse");
		b.click("Poursuivre");
		String summary = b.find(By.id("summary-lines")).getDomProperty("textContent");
		assertThat(summary).contains("Initial").contains("Évolution").contains("Final").contains("+2");
		assertThat(b.find(By.cssSelector("#summary-lines del")).getText()).isEqualTo("4,00 €/mois");
		assertThat(b.find(By.cssSelector("#summary-lines .new-monthly")).getText()).isEqualTo("9,00 €/mois");
		assertThat(b.find(By.id("summary")).getText()).contains("10,80 €/mois");
		b.screenshot("amendment-summary");
		b.click("Poursuivre");
		b.tick("Valider le devis pour le compte du client");
		b.click("Valider le devis");
		assertThat(b.find(By.id("flash-success")).getText()).contains("la commande COM");
		String type = this.jdbc.queryForObject(
				"select order_type from customer_order where contracted_offer_id = ? order by id desc limit 1",
				String.class, creation.contractedOfferId());
		assertThat(type).isEqualTo("AMENDMENT");
		// the OC now has an amendment in progress: no pencil, the reason in its title
		b.go("/contracted-offers/" + creation.contractedOfferId());
		assertThat(b.find(By.id("amend-unavailable")).getDomAttribute("title")).contains("est déjà en cours");
		assertThat(b.find(By.id("oc-state")).getText()).isEqualTo("Déposée / En cours");
		b.logOut();

		// the client changes its mind: the order desk cancels the amendment, the OC keeps
		// its one unit and the pencil comes back
		long amendment = this.jdbc.queryForObject(
				"select id from customer_order where contracted_offer_id = ? and order_type = 'AMENDMENT'", Long.class,
				creation.contractedOfferId());
		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.go("/orders/" + amendment);
		b.click("Annuler l'ajout / réduction");
		assertThat(b.find(By.id("flash-success")).getText()).contains("garde ses quantités");
		assertThat(b.find(By.id("order-state")).getText()).isEqualTo("Annulée");
		b.checkAccessibility();
		b.logOut();
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/contracted-offers/" + creation.contractedOfferId());
		assertThat(b.find(By.id("oc-state")).getText()).isEqualTo("Livrée");
		assertThat(b.isShown(By.id("amend"))).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from contracted_sheet where contracted_offer_id = ? and state = 'DELIVERED'",
				Long.class, creation.contractedOfferId()))
			.isEqualTo(1);
		b.logOut();
	}

	@Test
	void anOperatorReducesLicencesKeepingOneNumberAndQuarantiningAnother() {
		TestService service = this.services.delivered("Alpha Télécom", "Réduction Navigateur", 3, 0);
		List<Long> numbers = this.services.freeNumbers(service.clientId());
		this.services.give(service.licenceIds().get(0), "Reste", numbers.get(0));
		this.services.give(service.licenceIds().get(1), "Garde", numbers.get(1));
		this.services.give(service.licenceIds().get(2), "Quitte", numbers.get(2));
		List<String> sheets = this.jdbc.queryForList(
				"select sheet_number from licence where service_id = ? order by id", String.class, service.id());
		long oc = service.order().contractedOfferId();

		Browser b = this.browser;
		b.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		b.go("/contracted-offers/" + oc);
		b.find(By.id("amend")).click();
		b.type("Licence MetaCentrex SDA simple", "1");
		b.click("Finaliser la commande");
		b.click("Poursuivre");
		// the two newest units are proposed; the user keeps the second's number, not the
		// third's
		assertThat(b.find(By.id("removal-units")).getText()).contains("Test Garde").contains("Test Quitte");
		assertThat(b.find(By.id("remove-" + sheets.get(1))).isSelected()).isTrue();
		assertThat(b.find(By.id("remove-" + sheets.get(2))).isSelected()).isTrue();
		assertThat(b.find(By.id("remove-" + sheets.get(0))).isSelected()).isFalse();
		b.find(By.id("keep-no-" + sheets.get(2))).click();
		b.click("Enregistrer les unités retirées");
		assertThat(b.find(By.id("flash-success")).getText()).contains("Unités retirées");
		assertThat(b.find(By.id("keep-no-" + sheets.get(2))).isSelected()).isTrue();
		b.screenshot("amendment-removals");
		b.click("Poursuivre");
		b.click("Validation finale de la commande");
		assertThat(b.find(By.id("flash-success")).getText()).contains("la commande COM");
		long order = this.jdbc.queryForObject(
				"select id from customer_order where contracted_offer_id = ? and order_type = 'AMENDMENT'", Long.class,
				oc);
		b.go("/orders/" + order);
		assertThat(b.find(By.id("sheet-" + this.jdbc.queryForObject(
				"select s.number from ordered_sheet s join contracted_sheet c on c.id = s.contracted_sheet_id"
						+ " where s.order_id = ? and c.number = ?",
				String.class, order, sheets.get(2))))
			.getText()).contains("retirée, numéro en quarantaine");
		assertThat(this.services.numberState(numbers.get(2))).isEqualTo("ASSIGNED");
	}

}
