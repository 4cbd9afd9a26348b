package fr.openip.myopenip.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.Browser;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guide 002, part B, to its end: a reseller quotes a prospect, reads the summary, creates
 * the client account at step 4, notifies the client; the client opens the link of its
 * mail (read from the outbox), reads the quote and signs; the order and the OC exist and
 * the reseller reads so on its home page. And an operator validates a quote directly.
 * Every page passes axe-core.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteValidationBrowserTest {

	private static final Pattern LINK = Pattern.compile("(/signature/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	TestClients clients;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	fr.openip.myopenip.order.Orders orders;

	@Autowired
	fr.openip.myopenip.order.TestOrders testOrders;

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

	/** Steps 1 to 3 of a quote of 3 SIP calls, from the company's page. */
	private String quoteToStepFour(long company) {
		return quoteToStepFour(company, "SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur", "3", "10,80 €/mois");
	}

	/** Steps 1 to 3 of a quote of this product, from the company's page. */
	private String quoteToStepFour(long company, String offer, String product, String quantity, String monthly) {
		Browser b = this.browser;
		b.go("/companies/" + company);
		b.click("Nouveau devis");
		b.find(By.xpath("//li[span[normalize-space(.)="
				+ (offer.contains("'") ? "\"" + offer + "\"" : "'" + offer + "'") + "]]/a"))
			.click();
		b.type(product, quantity);
		b.click("Enregistrer le panier");
		String number = b.find(By.id("flash-success")).getText().replaceAll("(?s).*(DEV\\d{9}/1).*", "$1");
		new Select(b.find(By.id("contactId"))).selectByIndex(1);
		b.click("Ajouter à la liste");
		new Select(b.find(By.id("installationSiteId"))).selectByIndex(1);
		new Select(b.find(By.id("billingPointId"))).selectByIndex(1);
		b.click("Poursuivre");
		assertThat(b.find(By.id("summary")).getText()).contains("3. Récapitulatif")
			.contains("Editer le devis (en pdf)")
			.contains("Historique de création du devis")
			.contains("Conditions Générales d'Accès aux Services")
			.contains("Catalogue Tarifaire Entreprises")
			.contains(monthly);
		b.type("Commentaire", "Accès par la cour");
		b.click("Enregistrer le commentaire");
		assertThat(b.find(By.id("flash-success")).getText()).contains("commentaire");
		b.click("Poursuivre");
		assertThat(b.find(By.id("validation")).getText()).contains("4. Validation");
		return number;
	}

	@Test
	void guide002PartBAProspectsQuoteIsSignedByTheNewClient() {
		Browser b = this.browser;
		long prospect = this.clients.aProspectOfAlpha("Opticien du Devis", 4).getId();
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		String number = quoteToStepFour(prospect);

		// a prospect's quote: "Créer le compte client" first
		assertThat(b.find(By.id("prospect-help")).getText()).contains("créez d'abord le compte client");
		b.click("Créer le compte client");
		assertThat(b.find(By.tagName("h1")).getText()).contains("Création du compte client");
		b.choose("Mode de Paiement", "Prélèvement");
		b.type("Iban", "FR14 2004 1010 0505 0001 3M02 606");
		b.type("Code Bic", "PSSTFRPPPAR");
		b.type("Code rum", "RUM-OPTICIEN");
		b.choose("Délais de paiement", "30 jours");
		b.choose("Régime de TVA", "Assujetti");
		b.type("E-mail facturation", "compta@opticien.fr");
		b.choose("Civilité", "Madame");
		b.type("Nom", "Lunette");
		b.type("Prénom", "Claire");
		b.type("Téléphone", "0102030405");
		b.type("Email", "claire@opticien.fr");
		b.click("Enregistrer");
		assertThat(b.find(By.id("flash-success")).getText()).contains("Le compte client de Opticien du Devis est créé");

		// paid by direct debit now: its SEPA mandate first
		String page = b.path().replaceAll("^(/quotes/\\d+).*$", "$1");
		assertThat(b.find(By.id("forms-summary")).getText()).isEqualTo("1 formulaire(s) à compléter");
		b.click("Notifier le client pour validation");
		assertThat(b.text()).contains("Complétez d'abord les formulaires de la vente : 1");
		completeSepaMandate(page, "Opticien du Devis");
		b.click("Notifier le client pour validation");
		assertThat(b.find(By.id("flash-success")).getText()).contains("claire@opticien.fr");
		assertThat(b.find(By.id("sent")).getText()).contains("en attente de sa signature");
		b.logOut();

		// the client opens the link of its mail
		String body = this.jdbc.queryForObject(
				"select body from outbox_mail where recipient = 'claire@opticien.fr' order by id desc limit 1",
				String.class);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		b.go(link.group(1));
		assertThat(b.find(By.tagName("h1")).getText()).contains("Validation de votre devis").contains(number);
		assertThat(b.find(By.id("envelope-documents")).getText()).contains("Mandat de prélèvement SEPA");
		assertThat(b.text()).contains("Appel(s) simu(s) SIP - Compteur").contains("10,80 €/mois");
		b.click("Signer");
		assertThat(b.find(By.id("signerName-error")).getText()).contains("Indiquez vos nom et prénom");
		b.type("Vos nom et prénom", "Claire Lunette");
		b.click("Signer");
		assertThat(b.find(By.id("signing-outcome")).getText()).contains("votre signature est enregistrée");
		b.go(link.group(1));
		assertThat(b.find(By.id("link-state")).getText()).contains("ce lien ne sert qu'une fois");

		// the reseller reads the answer on its home page, the order and its OC on the
		// quote
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		assertThat(b.find(By.id("quote-answers")).getText()).contains(number + " : signé par Claire Lunette");
		b.find(By.partialLinkText(number + " : signé par Claire Lunette")).click();
		assertThat(b.find(By.id("order")).getText())
			.matches("Commande COM\\d+ \\(Déposée / En cours\\) · offre contractée OC\\d+ · 3 fiche\\(s\\) produit\\.");
		assertThat(b.find(By.id("quote-status")).getText()).isEqualTo("Validé");
		assertThat(b.find(By.id("envelope")).getText()).isEqualTo("Enveloppe signée (PDF scellé)");
		b.logOut();
		assertThat(b.consoleErrors()).isEmpty();
	}

	/**
	 * From the quote's page, its SEPA mandate completed as prefilled, back to the quote.
	 */
	private void completeSepaMandate(String quote, String holder) {
		Browser b = this.browser;
		b.click("Mandat de prélèvement SEPA");
		assertThat(b.valueOf("IBAN")).isNotBlank();
		b.type("Titulaire du compte", holder);
		b.click("Enregistrer le formulaire");
		assertThat(b.find(By.id("flash-success")).getText()).contains("complété");
		assertThat(b.find(By.id("form-state")).getText()).isEqualTo("Complété");
		b.go(quote);
	}

	/**
	 * The sale of issue 22, in Chromium: MetaCentrex licences for a client paying by
	 * direct debit; the reseller completes the licence's setup sheet and the SEPA
	 * mandate, the client signs the quote and both forms once, the reseller has the
	 * sealed envelope; once the order desk has delivered, the licence is configured.
	 */
	@Test
	void aMetaCentrexSaleIsSignedInOneEnvelopeAndDeliveredWithItsLicenceConfigured() {
		Browser b = this.browser;
		long client = this.clients.aClientOfAlpha("Cabinet de l'Enveloppe").getId();
		this.jdbc.update("update billing_point set payment_mode = 'DIRECT_DEBIT', iban = 'FR7630006000011234567890189',"
				+ " bic = 'AGRIFRPP', rum = 'RUM-ENVELOPPE' where company_id = ?", client);
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		quoteToStepFour(client, "Com'Unifiées MetaCentrex", "Licence MetaCentrex SDA simple", "1", "9,90 €");
		long quote = Long.parseLong(b.path().replaceAll("^/quotes/(\\d+).*$", "$1"));
		assertThat(b.find(By.id("forms-summary")).getText()).isEqualTo("2 formulaire(s) à compléter");
		String page = "/quotes/" + quote;
		b.find(By.partialLinkText("Fiche de paramétrage MetaCentrex")).click();
		assertThat(b.valueOf("Poste (numéro court)")).isEqualTo("101");
		b.type("Nom de l'utilisateur", "Martin");
		b.type("Prénom de l'utilisateur", "Claire");
		b.type("E-mail de l'utilisateur", "claire.martin");
		b.tick("Messagerie vocale envoyée sur l'e-mail de l'utilisateur");
		b.type("Groupements", "Accueil");
		b.click("Enregistrer le formulaire");
		assertThat(b.errorOf("E-mail de l'utilisateur")).contains("adresse e-mail valide");
		b.type("E-mail de l'utilisateur", "claire.martin@cabinet-enveloppe.fr");
		b.click("Enregistrer le formulaire");
		assertThat(b.find(By.id("form-state")).getText()).isEqualTo("Complété");
		b.go(page);
		completeSepaMandate(page, "Cabinet de l'Enveloppe");
		assertThat(b.find(By.id("forms-summary")).getText()).isEqualTo("Tous les formulaires sont complétés.");
		b.click("Notifier le client pour validation");
		b.logOut();

		String body = this.jdbc.queryForObject(
				"select body from outbox_mail where body like ? order by id desc limit 1", String.class,
				"%" + this.jdbc.queryForObject("select number from quote where id = ?", String.class, quote) + "%");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		b.go(link.group(1));
		assertThat(b.text()).contains("Documents à signer (3)");
		assertThat(b.find(By.id("envelope-documents")).getText()).contains("Fiche de paramétrage MetaCentrex")
			.contains("Mandat de prélèvement SEPA");
		b.type("Vos nom et prénom", "Paul Durand");
		b.click("Signer");
		assertThat(b.find(By.id("signing-outcome")).getText()).contains("votre signature est enregistrée");

		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go(page);
		assertThat(b.find(By.id("envelope")).getText()).isEqualTo("Enveloppe signée (PDF scellé)");
		b.go("/forms?quote=" + this.jdbc.queryForObject("select number from quote where id = ?", String.class, quote));
		assertThat(b.find(By.id("forms")).getText()).contains("Signé").doesNotContain("Complété");
		this.testOrders.deliver(this.orders.forQuote(quote).orElseThrow());
		Long[] licence = this.jdbc.queryForObject(
				"select array[s.id, l.id] from licence l join telephony_service s"
						+ " on s.id = l.service_id where s.client_id = ?",
				(row, n) -> (Long[]) row.getArray(1).getArray(), client);
		b.go("/services/" + licence[0] + "/licences/" + licence[1]);
		assertThat(b.valueOf("Nom")).isEqualTo("Martin");
		assertThat(b.valueOf("E-mail")).isEqualTo("claire.martin@cabinet-enveloppe.fr");
		assertThat(b.valueOf("Poste (numéro court)")).isEqualTo("101");
		b.go("/services/" + licence[0] + "/groups");
		assertThat(b.text()).contains("Accueil");
		b.logOut();
		assertThat(b.consoleErrors()).isEmpty();
	}

	@Test
	void anOperatorValidatesAQuoteDirectly() {
		Browser b = this.browser;
		long client = this.clients.aClientOfAlpha("Garage de la Validation").getId();
		b.logIn(DemoUsers.OPERATOR, DemoUsers.PASSWORD, true);
		quoteToStepFour(client);
		assertThat(b.text()).doesNotContain("Valider le devis pour le compte du client");
		b.click("Validation finale de la commande");
		assertThat(b.find(By.id("flash-success")).getText()).contains("la commande COM");
		assertThat(b.find(By.id("validated")).getText()).contains("Validation finale de la commande le");
		b.logOut();
	}

}
