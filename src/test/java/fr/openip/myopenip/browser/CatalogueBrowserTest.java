package fr.openip.myopenip.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in a browser: the operator opens "Catalogue → Offres", reads an offer of
 * the guides with its licences and margins, adds a product with French amounts (a wrong
 * one first, refused beside its field); a reseller reads the same offer without the
 * staff's buttons. Every page passes axe-core.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueBrowserTest {

	@LocalServerPort
	int port;

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
	void theOperatorReadsAnOfferOfTheGuidesAndAddsAProduct() {
		this.browser.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		this.browser.menu("Catalogue", "Offres");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Offres");
		assertThat(this.browser.text()).contains("SIP Trunk Touch").contains("Portabilité de numéros");
		this.browser.type("Nom", "com'unif");
		this.browser.click("Rechercher");
		this.browser.find(By.xpath("//input[@id='f-name' and @value=\"com'unif\"]"));
		assertThat(this.browser.find(By.id("result-count")).getText()).isEqualTo("1 résultat(s)");
		this.browser.click("Détail >");

		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Com'Unifiées MetaCentrex");
		assertThat(this.browser.text()).contains("Choix des licences MetaCentrex")
			.contains("Licence MetaCentrex SDA simple")
			.contains("9,90 €/mois")
			.contains("Engagement / Reconduction")
			.contains("24 mois");

		this.browser.click("Nouveau produit");
		this.browser.type("Section", "Choix des licences MetaCentrex");
		this.browser.type("Produit", "Licence MetaCentrex Standard d'accueil");
		this.browser.type("Réf. fournisseur", "OPI-210");
		this.browser.type("FMS client", "15,00");
		this.browser.type("Abonnement client", "12,5O");
		this.browser.type("Abonnement Opé.", "7,20");
		this.browser.click("Enregistrer");
		assertThat(this.browser.errorOf("Abonnement client")).contains("Saisissez un montant en euros");

		this.browser.type("Abonnement client", "12,50");
		this.browser.click("Enregistrer");
		assertThat(this.browser.find(By.id("flash-success")).getText())
			.contains("Licence MetaCentrex Standard d'accueil");
		assertThat(this.browser.text()).contains("12,50 €/mois").contains("42,40 %");
	}

	@Test
	void aResellerReadsTheCatalogueWithoutTheStaffsButtons() {
		this.browser.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		this.browser.menu("Catalogue", "Offres");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Offres");
		assertThat(this.browser.isShown(By.id("new-offer"))).isFalse();
		this.browser.type("Nom", "portabilit");
		this.browser.click("Rechercher");
		this.browser.click("Détail >");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Portabilité de numéros");
		assertThat(this.browser.text()).contains("Numéro(s) isolé(s) à porter").contains("OPI-205").contains("3,00 €");
		assertThat(this.browser.isShown(By.id("new-product"))).isFalse();
		assertThat(this.browser.consoleErrors()).isEmpty();
	}

	@Test
	void theOperatorCreatesAnOfferThenChangesItsTerms() {
		this.browser.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		this.browser.go("/catalogue/offers");
		this.browser.click("Nouvelle offre");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Nouvelle offre");
		this.browser.click("Enregistrer");
		assertThat(this.browser.errorOf("Nom")).isNotBlank();
		this.browser.type("Nom", "Fibre Pro Touch");
		this.browser.choose("Période", "36 mois");
		this.browser.type("Frais de résiliation (€ HT)", "250,00");
		this.browser.click("Enregistrer");
		assertThat(this.browser.find(By.id("flash-success")).getText()).contains("Fibre Pro Touch");
		assertThat(this.browser.text()).contains("36 mois").contains("250,00 €");

		this.browser.click("Modifier");
		this.browser.choose("Période", "24 mois");
		this.browser.click("Enregistrer");
		assertThat(this.browser.find(By.id("flash-success")).getText()).contains("est enregistrée");
		assertThat(this.browser.text()).contains("24 mois");
	}

}
