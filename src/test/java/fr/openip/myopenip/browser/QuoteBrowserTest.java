package fr.openip.myopenip.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guide 002, part B, up to the basket: from its client's page a reseller starts a quote,
 * chooses the offer, types quantities and sees the totals follow, saves the basket, and
 * finds the quote in "E-boutique → Mes devis" by its number. Every page passes axe-core.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestClients clients;

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
	void aResellerFillsTheBasketOfItsClientAndFindsTheQuoteInMesDevis() {
		long client = this.clients.aClientOfAlpha("Fleuriste des Halles").getId();
		this.browser.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		this.browser.go("/companies/" + client);
		this.browser.click("Nouveau devis");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Nouveau devis");
		this.browser.find(By.xpath("//li[span[normalize-space(.)='SIP Trunk Touch']]/a")).click();

		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("1. Constitution de mon panier");
		this.browser.type("Appel(s) simu(s) SIP - Compteur", "3");
		new WebDriverWait(this.browser.driver(), java.time.Duration.ofSeconds(5))
			.until((driver) -> driver.findElement(By.id("monthly-ttc")).getText().equals("10,80 €/mois"));
		assertThat(this.browser.find(By.id("monthly-ht")).getText()).isEqualTo("9,00 €/mois");
		assertThat(this.browser.find(By.id("monthly-vat")).getText()).isEqualTo("1,80 €/mois");
		this.browser.click("Enregistrer le panier");

		String created = this.browser.find(By.id("flash-success")).getText();
		assertThat(created).matches("(?s).*Le devis DEV\\d{9}/1 est créé.*");
		String number = created.replaceAll("(?s).*(DEV\\d{9}/1).*", "$1");
		assertThat(this.browser.find(By.id("monthly-ttc")).getText()).isEqualTo("10,80 €/mois");

		// Step 2: the client's sites, then an on-site contact "Ajouter à la liste", then
		// "Poursuivre"
		assertThat(this.browser.find(By.id("step2")).getText()).contains("les compléments d'adresse");
		this.browser.click("Poursuivre");
		assertThat(this.browser.find(By.cssSelector("#sites-form .alert-danger")).getText())
			.contains("Choisissez le site d'installation");
		new Select(this.browser.find(By.id("contactId"))).selectByIndex(1);
		this.browser.click("Ajouter à la liste");
		assertThat(this.browser.find(By.id("on-site-contacts")).getText()).contains("Roux");
		new Select(this.browser.find(By.id("installationSiteId"))).selectByIndex(1);
		new Select(this.browser.find(By.id("billingPointId"))).selectByIndex(1);
		this.browser.click("Poursuivre");
		assertThat(this.browser.find(By.id("flash-success")).getText()).contains("l'étape 2 est terminée");

		this.browser.menu("E-boutique", "Mes devis");
		this.browser.type("N° devis / Version", number);
		this.browser.click("Rechercher");
		this.browser.find(By.xpath("//input[@id='f-number' and @value='" + number + "']"));
		assertThat(this.browser.find(By.id("result-count")).getText()).isEqualTo("1 résultat(s)");
		assertThat(this.browser.text()).contains("Fleuriste des Halles").contains("0,00 € / 9,00 €");
		this.browser.click(number);
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Devis " + number);
		assertThat(this.browser.consoleErrors()).isEmpty();
	}

}
