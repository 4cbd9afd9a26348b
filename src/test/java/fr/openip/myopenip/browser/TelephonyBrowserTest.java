package fr.openip.myopenip.browser;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.telephony.TestServices;
import fr.openip.myopenip.telephony.TestServices.TestService;
import fr.openip.myopenip.telephony.domain.FrenchNumbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guide 004, "MetaCentrex – Dissocier un numéro d'une licence", by its labels: Mes
 * services → Paramétrage / Monitoring → the filters → Paramétrer → Utilisateurs → the
 * filters → two licences selected → Actions → Dissocier vos numéros → one number kept,
 * one not → Valider; the pool then shows the kept number free and the other in
 * quarantine, and the kept number is given to another licence. Every page passes
 * axe-core.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelephonyBrowserTest {

	@LocalServerPort
	int port;

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
	void aResellerDissociatesTwoNumbersKeepingOneAsGuide004Says() {
		TestService service = this.services.delivered("Alpha Télécom", "Cabinet Guide Quatre", 3, 0);
		List<Long> numbers = this.services.freeNumbers(service.clientId());
		this.services.give(service.licenceIds().get(0), "Garde", numbers.get(0));
		this.services.give(service.licenceIds().get(1), "Quitte", numbers.get(1));
		String kept = number(numbers.get(0));
		String dropped = number(numbers.get(1));
		List<String> sheets = this.jdbc.queryForList(
				"select sheet_number from licence where service_id = ? order by id", String.class, service.id());

		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.menu("Mes services", "Paramétrage / Monitoring");
		assertThat(b.find(By.cssSelector("#services thead")).getDomProperty("textContent")).contains("Réf. du service")
			.contains("Nom du service")
			.contains("Client")
			.contains("Compte client")
			.contains("Site")
			.contains("Type de service")
			.contains("État du service");
		b.type("Client", "Cabinet Guide");
		b.click("Rechercher");
		// the page searched (its filter kept) before its rows are counted
		b.find(By.xpath("//input[@id='f-client' and @value='Cabinet Guide']"));
		assertThat(b.findAll(By.cssSelector("#services tbody tr"))).hasSize(1);
		assertThat(b.find(By.id("services")).getText()).contains("MetaCentrex").contains("Actif");
		b.click("Paramétrer >");
		assertThat(b.find(By.id("band")).getText()).contains("Cabinet Guide Quatre");
		b.screenshot("service-users");
		// the guide's filters, then a search on the users
		assertThat(b.find(By.id("filters")).getText()).contains("SDA")
			.contains("Licence")
			.contains("Réf. accountcode")
			.contains("Réf. fiche produit contractée")
			.contains("État")
			.contains("Numéro d'urgence")
			.contains("Site")
			.contains("Numéro Fax2Mail")
			.contains("Restrictions d'appels sortants")
			.contains("Restrictions d'appels sortants hors forfait illimité")
			.contains("Superviseur");
		b.choose("État", "Actif");
		b.click("Rechercher");
		b.find(By.xpath("//select[@id='f-state']/option[@value='ACTIVE' and @selected]"));
		assertThat(b.findAll(By.cssSelector("#licences tbody tr"))).hasSize(2);
		// the "Licence" box ticks every licence listed
		b.find(By.id("select-all")).click();
		assertThat(b.find(By.id("select-" + sheets.get(0))).isSelected()).isTrue();
		assertThat(b.find(By.id("select-" + sheets.get(1))).isSelected()).isTrue();
		b.click("Actions");
		b.click("Dissocier vos numéros");

		assertThat(b.find(By.id("to-dissociate")).getText()).contains(sheets.get(0))
			.contains(sheets.get(1))
			.contains(FrenchNumbers.display(kept))
			.contains(FrenchNumbers.display(dropped));
		assertThat(b.find(By.id("dissociation-warnings")).getText()).contains(
				"Si vous dissociez le numéro de votre licence, votre service sera interrompu, les informations de paramétrage et l'historique de l'utilisateur seront supprimés.")
			.contains("Si vous ne conservez pas le numéro, votre validation débutera la période de quarantaine")
			.contains("Pensez à résilier le numéro depuis vos offres contractées pour arrêter sa facturation.");
		b.screenshot("dissociation");
		// "Annuler" changes nothing
		b.click("Annuler");
		assertThat(this.services.numberState(numbers.get(0))).isEqualTo("ASSIGNED");
		b.find(By.id("select-" + sheets.get(0))).click();
		b.find(By.id("select-" + sheets.get(1))).click();
		b.click("Actions");
		b.click("Dissocier vos numéros");
		b.find(By.id("keep-no-" + sheets.get(1))).click();
		b.click("Valider");

		assertThat(b.find(By.id("flash-success")).getText()).contains("1 conservé(s)").contains("1 en quarantaine");
		assertThat(b.find(By.id("number-" + kept)).getText()).contains("Libre");
		assertThat(b.find(By.id("number-" + dropped)).getText()).contains("En quarantaine");
		b.screenshot("numbers");
		b.click("Historique");
		assertThat(b.find(By.id("history")).getText()).contains("conservé dans le pool du client")
			.contains("mis en quarantaine");

		// the kept number, given to the third licence
		b.click("Utilisateurs");
		b.find(By.cssSelector("a[aria-label='Paramétrer " + sheets.get(2) + "']")).click();
		b.type("Nom", "Nouvelle");
		b.type("Prénom", "Utilisatrice");
		b.choose("Affecter un numéro du client", FrenchNumbers.display(kept));
		assertThat(b.find(By.id("numberId")).getText()).doesNotContain(FrenchNumbers.display(dropped));
		b.click("Enregistrer");
		assertThat(b.find(By.id("licence-" + sheets.get(2))).getText()).contains("Utilisatrice Nouvelle")
			.contains(FrenchNumbers.display(kept));
		assertThat(this.services.numberOf(service.licenceIds().get(2))).isEqualTo(numbers.get(0));
	}

	@Test
	void theGuidesDemoServiceHasUsersAGroupAFreeNumberAndAQuarantinedOne() {
		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/services?client=Cabinet+Lef");
		b.click("Paramétrer >");
		assertThat(b.find(By.id("licences")).getText()).contains("Claire Lefèvre").contains("Licence SVI");
		b.click("Groupements");
		assertThat(b.find(By.id("groups")).getText()).contains("Accueil").contains("Claire Lefèvre");
		b.click("Nouveau groupement");
		b.type("Nom du groupement", "Direction");
		b.tick(b.find(By.cssSelector("#group-form .form-check-label")).getText());
		b.click("Enregistrer");
		assertThat(b.find(By.id("groups")).getText()).contains("Direction");
		b.click("Numéros");
		assertThat(b.find(By.id("numbers")).getText()).contains("Libre").contains("En quarantaine").contains("Affecté");
	}

	private String number(long id) {
		return this.jdbc.queryForObject("select number from phone_number where id = ?", String.class, id);
	}

}
