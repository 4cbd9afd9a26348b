package fr.openip.myopenip.browser;

import java.util.List;

import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role logs in through its entry of the login page and sees exactly its menus.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMenusBrowserTest {

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

	private List<String> topMenu() {
		return this.browser.findAll(By.cssSelector("#topMenu > li > a")).stream().map(WebElement::getText).toList();
	}

	/** Opens the n-th entry of the top menu and reads its links. */
	private void openMenu(int entry) {
		this.browser.findAll(By.cssSelector("#topMenu > li"))
			.get(entry)
			.findElement(By.cssSelector("a.dropdown-toggle"))
			.click();
	}

	private List<String> menuItems(int entry) {
		var entries = this.browser.findAll(By.cssSelector("#topMenu > li"));
		entries.get(entry).findElement(By.cssSelector("a.dropdown-toggle")).click();
		var items = entries.get(entry)
			.findElements(By.cssSelector(".dropdown-item"))
			.stream()
			.map(WebElement::getText)
			.toList();
		entries.get(entry).findElement(By.cssSelector("a.dropdown-toggle")).click();
		return items;
	}

	@Test
	void aResellerSeesTheGreetingAndNoStaffMenu() {
		this.browser.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		assertThat(this.browser.find(By.id("greeting")).getText()).isEqualTo("Bonjour Alice Martin");
		assertThat(this.browser.find(By.id("identity")).getText()).contains("Revendeur").contains("Alpha Télécom");
		assertThat(topMenu()).containsExactly("Entreprises", "Catalogue", "E-boutique", "Formulaires", "Commandes",
				"Mes services", "Tableau de bord");
		assertThat(menuItems(0)).containsExactly("Clients", "Prospects", "Contacts");
		assertThat(menuItems(1)).containsExactly("Offres", "Offres contractées");
		assertThat(menuItems(2)).containsExactly("Mes devis");
		assertThat(menuItems(3)).containsExactly("Formulaires");
		assertThat(menuItems(4)).containsExactly("Commandes", "Conversations");
		assertThat(menuItems(5)).containsExactly("Paramétrage / Monitoring");
		assertThat(this.browser.consoleErrors()).isEmpty();
		// "Formulaires": the demo's sales carry their forms; one opened, as the reseller
		// completes it
		this.browser.go("/forms");
		this.browser.checkAccessibility();
		this.browser.choose("Formulaire", "Mandat de portabilité");
		this.browser.click("Rechercher");
		assertThat(this.browser.find(By.id("forms")).getText()).contains("Mandat de portabilité")
			.doesNotContain("Fiche de paramétrage MetaCentrex");
		this.browser.click("Ouvrir");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Mandat de portabilité");
		this.browser.checkAccessibility();
	}

	@Test
	void theOperatorAndTheOrderDeskSeeNoAdministration() {
		this.browser.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		assertThat(this.browser.find(By.id("identity")).getText()).contains("Opérateur").contains("openIP");
		assertThat(topMenu()).containsExactly("Entreprises", "Catalogue", "E-boutique", "Formulaires", "Commandes",
				"Mes services", "Tableau de bord");
		assertThat(menuItems(0)).containsExactly("Opérateurs", "Ambassadeurs", "Clients", "Prospects",
				"Entreprises autres", "Contacts");
		this.browser.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		assertThat(this.browser.find(By.id("identity")).getText()).contains("Administration des ventes");
		assertThat(topMenu()).containsExactly("Entreprises", "Catalogue", "E-boutique", "Formulaires", "Commandes",
				"Mes services", "Tableau de bord");
	}

	@Test
	void anAdminSeesTheAdministrationMenuAndReachesEachPage() {
		this.browser.logIn(DemoUsers.ADMIN, DemoUsers.PASSWORD, true);
		assertThat(topMenu()).containsExactly("Entreprises", "Catalogue", "E-boutique", "Formulaires", "Commandes",
				"Mes services", "Tableau de bord", "Administration");
		assertThat(menuItems(7)).containsExactly("Comptes utilisateurs", "Journal de sécurité", "Sauvegarde",
				"Entreprises partenaires", "Boîte d'envoi");
		openMenu(7);
		this.browser.click("Comptes utilisateurs");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Comptes utilisateurs");
		assertThat(this.browser.text()).contains("revendeur1").contains("Alpha Télécom");
		openMenu(7);
		this.browser.click("Sauvegarde");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Sauvegarde de la base");
		assertThat(this.browser.find(By.cssSelector("form[action='/admin/backup'] button")).getText())
			.isEqualTo("Télécharger une sauvegarde");
		assertThat(this.browser.consoleErrors()).isEmpty();
	}

	@Test
	void aResellerOpeningAnAdminPageGetsTheRefusalPage() {
		this.browser.logIn(DemoUsers.RESELLER_BETA, DemoUsers.PASSWORD, false);
		this.browser.go("/admin/accounts");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
		assertThat(this.browser.text()).doesNotContain("revendeur1");
	}

	@Test
	void theWrongEntryShowsTheGenericErrorAndKeepsTheUserOut() {
		this.browser.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, true);
		assertThat(this.browser.find(By.id("login-error")).getText()).contains("Identifiant, mot de passe ou entrée");
		this.browser.go("/");
		assertThat(this.browser.path()).isEqualTo("/login");
	}

	@Test
	void loggingOutReturnsToTheLoginPage() {
		this.browser.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		this.browser.logOut();
		assertThat(this.browser.path()).isEqualTo("/login?logout");
		this.browser.go("/");
		assertThat(this.browser.path()).isEqualTo("/login");
	}

}
