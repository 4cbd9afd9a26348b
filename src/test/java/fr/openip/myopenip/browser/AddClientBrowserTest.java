package fr.openip.myopenip.browser;

import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guide 003 "Ajouter un Client" and guide 002 part A "Transformer un Prospect en Client,
 * par la fiche du prospect", step by step, by the labels of the guides.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddClientBrowserTest {

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

	private String stepTitle() {
		return this.browser.find(By.id("wizard-step-title")).getText();
	}

	@Test
	void guide003AResellerAddsAClientInFourStepsWithADraftOnTheWay() {
		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.menu("Entreprises", "Clients");
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Mes clients");
		b.find(By.id("new-company")).click();

		// Étape 1: informations générales, with a wrong SIREN first.
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Nouveau client final");
		assertThat(stepTitle()).isEqualToIgnoringCase("Informations générales");
		b.type("Raison sociale", "Boulangerie du Guide");
		b.tick("non");
		b.type("Siren", "732829321");
		b.choose("Statut Juridique", "EI - Entreprise individuelle");
		b.click("Enregistrer et continuer");
		assertThat(b.errorOf("Référence Client")).isEqualTo("Ce champ est obligatoire.");
		assertThat(b.errorOf("Siren")).isEqualTo("Le SIREN doit compter 9 chiffres avec une clé valide.");
		assertThat(b.valueOf("Raison sociale")).isEqualTo("Boulangerie du Guide");
		b.type("Référence Client", "BDG-001");
		b.type("Siren", TestClients.SIREN);
		b.type("E-mail commercial", "pas-un-email");
		b.click("Enregistrer et continuer");
		assertThat(b.errorOf("E-mail commercial")).isEqualTo("L'adresse e-mail n'est pas valide.");
		b.type("E-mail commercial", "commercial@boulangerie.fr");
		b.click("Enregistrer et continuer");

		// Étape 2: site principal, saved as a draft, found again by the état filter,
		// resumed.
		assertThat(stepTitle()).isEqualToIgnoringCase("Création du site principal");
		b.type("SIRET du site", TestClients.SIRET);
		b.type("Téléphone", "02 47 00 00 00");
		b.click("Enregistrer en brouillon");
		assertThat(b.find(By.id("flash-success")).getText()).contains("brouillon");
		b.choose("Etat", "Brouillon");
		b.type("Raison sociale", "Boulangerie du Guide");
		b.click("Rechercher");
		assertThat(b.find(By.id("companies")).getText()).contains("Boulangerie du Guide")
			.contains("Création - étape 1");
		b.click("Reprendre >");
		assertThat(stepTitle()).isEqualToIgnoringCase("Création du site principal");
		assertThat(b.valueOf("Téléphone")).isEqualTo("02 47 00 00 00");
		b.type("n°", "0000");
		b.type("Voie", "rue de la république");
		b.type("Code Postal", "37550");
		b.type("Commune de l'adresse", "SAINT AVERTIN");
		b.click("Enregistrer et continuer");

		// Étape 3: point de facturation, first with bad bank details for a direct debit.
		assertThat(stepTitle()).isEqualToIgnoringCase("Création du point de facturation");
		assertThat(b.isShown(By.id("iban"))).isFalse();
		b.choose("Mode de Paiement", "Prélèvement");
		assertThat(b.isShown(By.id("iban"))).isTrue();
		b.type("Titulaire du compte", "DEFAUT");
		b.type("E-mail facturation", "compta@openip.fr");
		b.type("Iban", "FR1420041010050500013M02607");
		b.type("Code Bic", "BNP1FRPP");
		b.choose("Délais de paiement", "Autres");
		b.click("Remplir à partir de l'adresse du site principal");
		assertThat(b.valueOf("Voie")).isEqualTo("rue de la république");
		assertThat(b.valueOf("Code Postal")).isEqualTo("37550");
		b.click("Enregistrer et continuer");
		assertThat(b.errorOf("Iban")).isEqualTo("L'IBAN n'est pas valide (longueur du pays ou clé de contrôle).");
		assertThat(b.errorOf("Code Bic")).startsWith("Le code BIC compte 8 ou 11 caractères");
		assertThat(b.errorOf("Régime de TVA")).isEqualTo("Ce champ est obligatoire.");
		assertThat(b.errorOf("Autre (nombre de jours)")).isEqualTo("Ce champ est obligatoire.");
		b.choose("Mode de Paiement", "Chèque");
		b.choose("Délais de paiement", "30 jours");
		b.choose("Régime de TVA", "Assujetti");
		b.type("Code Postal", "3755");
		b.click("Enregistrer et continuer");
		assertThat(b.errorOf("Code Postal")).isEqualTo("Le code postal français compte 5 chiffres.");
		b.type("Code Postal", "37550");
		b.screenshot("guide003-step3");
		b.click("Enregistrer et continuer");

		// Étape 4: administrateur, then "Votre client est créé."
		assertThat(stepTitle()).isEqualToIgnoringCase("Création de l'administrateur");
		b.choose("Civilité", "Monsieur");
		b.type("Nom", "Dupain");
		b.type("Prénom", "Jean");
		b.type("Téléphone", "06 01 02 03 04");
		b.type("E-mail", "jean.dupain@boulangerie.fr");
		b.tick("Administration des ventes");
		b.click("Enregistrer et continuer");
		assertThat(b.find(By.id("flash-success")).getText()).isEqualTo("Votre client est créé.");
		assertThat(b.find(By.id("company-state")).getText()).isEqualTo("Activé(e)");
		assertThat(b.find(By.id("contacts")).getText()).contains("Jean Dupain").contains("Administration des ventes");
		assertThat(b.find(By.id("history")).getText()).contains("Client créé");
		b.screenshot("guide003-client");
		assertThat(b.consoleErrors()).isEmpty();
	}

	@Test
	void guide002AProspectResumedFromTheListBecomesAClientFromItsPage() {
		Browser b = this.browser;
		this.clients.aProspectOfAlpha("Pharmacie du Guide", 2);
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.menu("Entreprises", "Prospects");
		b.type("Raison sociale", "Pharmacie du Guide");
		b.click("Rechercher");
		assertThat(b.find(By.id("companies")).getText()).contains("92110 CLICHY").contains("Création - étape 2");
		b.click("Reprendre >");

		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Nouveau prospect");
		assertThat(stepTitle()).isEqualToIgnoringCase("Création du point de facturation");
		b.type("Titulaire du compte", "PHARMACIE DU GUIDE");
		b.type("E-mail facturation", "compta@pharmacie.fr");
		b.choose("Mode de Paiement", "Prélèvement");
		b.choose("Délais de paiement", "Autres");
		b.type("Autre (nombre de jours)", "5");
		b.choose("Régime de TVA", "Assujetti");
		b.type("Iban", "FR14 2004 1010 0505 0001 3M02 606");
		b.type("Code Bic", "PSSTFRPPPAR");
		b.type("n°", "37");
		b.type("Voie", "rue de Neuilly");
		b.type("Code Postal", "92110");
		b.type("Commune de l'adresse", "CLICHY");
		b.click("Enregistrer et continuer");

		assertThat(stepTitle()).isEqualToIgnoringCase("Création de l'administrateur");
		b.choose("Civilité", "Madame");
		b.type("Nom", "Lefèvre");
		b.type("Prénom", "Claire");
		b.type("Téléphone", "01 84 78 78 80");
		b.type("E-mail", "claire@pharmacie.fr");
		b.click("Enregistrer et continuer");

		assertThat(b.find(By.tagName("h1")).getText()).contains("Détails d'un prospect");
		assertThat(b.find(By.id("identity")).getText()).contains("Informations société");
		assertThat(b.find(By.id("site-information")).getText()).contains("Informations site").contains("92110 CLICHY");
		assertThat(b.find(By.id("billing-points")).getText()).contains("Prélèvement").contains("Autres (5)");
		b.click("Transformer en client");
		assertThat(b.find(By.id("flash-success")).getText()).contains("Le prospect est devenu client");
		b.menu("Entreprises", "Clients");
		b.type("Raison sociale", "Pharmacie du Guide");
		b.click("Rechercher");
		assertThat(b.find(By.id("companies")).getText()).contains("Pharmacie du Guide");
	}

	@Test
	void aProspectWithoutBillingPointCannotBecomeAClientAndSaysWhy() {
		Browser b = this.browser;
		var prospect = this.clients.aProspectOfAlpha("Prospect Sans Facturation", 2);
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/companies/" + prospect.getId());
		assertThat(b.find(By.id("transform-help")).getText()).contains("point de facturation");
		b.click("Transformer en client");
		assertThat(b.find(By.id("flash-error")).getText())
			.isEqualTo("Impossible de transformer le prospect en client : créez d'abord son point de facturation.");
	}

}
