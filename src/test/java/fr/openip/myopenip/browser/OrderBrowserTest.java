package fr.openip.myopenip.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
 * Guide 000, "Lire les informations de commande via les OC", by its labels: Catalogue →
 * Offres contractées, the filters, "Détail >", the top band and each tab; then the order
 * desk takes an order and moves its sheet En cours → RDV planifié → Livraison en cours →
 * Livrée, and the reseller reads the OC "Livrée" with its delivery date and its history.
 * Every page passes axe-core.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBrowserTest {

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
	void aResellerReadsItsOrderThroughTheOcAsGuide000Says() {
		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.menu("Catalogue", "Offres contractées");
		b.checkAccessibility();
		// the headers as written (the page shows them in capitals)
		assertThat(b.find(By.cssSelector("#contracted-offers thead")).getDomProperty("textContent")).contains("Pilote")
			.contains("Réf.")
			.contains("Nom de l'offre")
			.contains("Réf. commande")
			.contains("Client final")
			.contains("Entreprise référente")
			.contains("Site d'installation")
			.contains("Date de livraison")
			.contains("État")
			.contains("Type commande");
		assertThat(b.find(By.cssSelector("#contracted-offers tbody")).getText()).contains("Détail >")
			.doesNotContain("Imprimerie Rapide");
		// the list is newest first: other tests' OCs come before the demo ones, the
		// filter finds them
		b.type("Client final", "Cabinet Lef");
		b.click("Rechercher");
		b.find(By.xpath("//input[@id='f-client' and @value='Cabinet Lef']"));
		assertThat(b.find(By.cssSelector("#contracted-offers tbody")).getText()).contains("OC138637")
			.contains("OC150943");
		b.type("Réf.", "OC150943");
		b.click("Rechercher");
		b.find(By.xpath("//input[@id='f-number' and @value='OC150943']"));
		assertThat(b.findAll(By.cssSelector("#contracted-offers tbody tr"))).hasSize(1);
		b.click("Détail >");
		b.checkAccessibility();
		assertThat(b.find(By.id("band")).getDomProperty("textContent")).contains("Réf. offre contractée")
			.contains("OC150943")
			.contains("En cours")
			.contains("Pas encore livrée")
			.contains("Cabinet Lefèvre Avocats")
			.contains("Siège Social");
		assertThat(b.find(By.id("sheets")).getText()).contains("Date de portabilité confirmée")
			.contains("En attente d'informations client")
			.contains("Totaux");
		b.screenshot("oc-details");
		b.click("Tarifs");
		b.checkAccessibility();
		assertThat(b.find(By.id("tab-prices")).getDomProperty("textContent")).contains("Abonnement client")
			.contains("Marge Abonnement")
			.contains("Montants totaux");
		b.click("Périmètre");
		b.checkAccessibility();
		assertThat(b.find(By.id("tab-scope")).getDomProperty("textContent")).contains("Portabilité de numéros")
			.contains("Engagement / Reconduction")
			.contains("Préavis de résiliation")
			.contains("Site principal")
			.contains("Commande : COM155756")
			.contains("Pilote ADV")
			.contains("adv")
			.contains("Réf. contractée")
			.contains("Merci de nous transmettre le RIO");
		b.screenshot("oc-scope");
		b.click("Historique");
		b.checkAccessibility();
		assertThat(b.find(By.id("history")).getText()).contains("Prise en charge par l'ADV")
			.contains("Date de portabilité confirmée");
		// the sheet waiting for the reseller, on its home page and in its orders
		b.go("/");
		assertThat(b.find(By.id("waiting-sheets")).getText()).contains("COM155756");
		b.find(By.xpath("//section[@id='waiting-sheets']//a[contains(., 'COM155756')]")).click();
		b.checkAccessibility();
		assertThat(b.text()).contains("Votre retour est attendu").doesNotContain("Prendre en charge");
		b.logOut();
	}

	@Test
	void theOrderDeskDeliversASheetAndTheResellerSeesTheOcDelivered() {
		OrderView order = this.orders.forAlpha("Livraison Navigateur", 1);
		String sheet = this.jdbc.queryForObject("select number from ordered_sheet where order_id = ?", String.class,
				order.id());
		Browser b = this.browser;
		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.menu("Commandes", "Commandes");
		b.checkAccessibility();
		b.type("Client final", "Livraison Navigateur");
		b.click("Rechercher");
		b.find(By.xpath("//input[@id='f-client' and @value='Livraison Navigateur']"));
		assertThat(b.find(By.id("orders")).getText()).contains(order.number()).contains("Déposée / En cours");
		b.click("Consulter >");
		b.click("Prendre en charge");
		assertThat(b.find(By.id("flash-success")).getText()).contains(order.number());
		assertThat(b.find(By.id("adv-pilot")).getText()).isEqualTo("adv");
		b.checkAccessibility();
		for (String state : new String[] { "En cours", "RDV planifié", "Livraison en cours", "Livrée" }) {
			b.find(By.id("select-" + sheet)).click();
			b.choose("Nouveau statut", state);
			if (state.equals("RDV planifié")) {
				b.type("Commentaire", "RDV technicien le matin.");
			}
			b.click("Appliquer aux fiches sélectionnées");
			assertThat(b.find(By.id("sheet-" + sheet)).getText()).contains(state);
		}
		assertThat(b.find(By.id("order-state")).getText()).isEqualTo("Livrée");
		b.screenshot("order-delivered");
		// a move the table refuses is said, and changes nothing
		b.go("/orders/" + order.id());
		assertThat(b.isShown(By.id("apply"))).isFalse();
		b.logOut();

		String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/companies/" + this.jdbc.queryForObject("select client_id from customer_order where id = ?", Long.class,
				order.id()));
		b.click("Voir les offres contractées (OC)");
		b.checkAccessibility();
		// guide 001's "Liste des offres contractées", of this client
		assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Liste des offres contractées");
		assertThat(b.find(By.id("oc-client")).getText()).contains("Livraison Navigateur");
		assertThat(b.find(By.id("contracted-offers")).getText()).contains(order.contractedOfferNumber())
			.contains("Livrée")
			.contains(today)
			.doesNotContain("OC150943");
		b.click("Détail >");
		assertThat(b.find(By.id("oc-state")).getText()).isEqualTo("Livrée");
		assertThat(b.find(By.id("oc-delivered")).getText()).isEqualTo(today);
		b.click("Historique");
		assertThat(b.find(By.id("history")).getText()).contains("RDV planifié")
			.contains("Livraison en cours")
			.contains("RDV technicien le matin.")
			.contains("adv");
		b.logOut();
	}

	@Test
	void aTerminationGoesFromRequestToResilieeAndAConversationIsAnswered() {
		OrderView order = this.orders.forAlpha("Résiliation Navigateur", 1);
		this.orders.deliver(order);
		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/contracted-offers/" + order.contractedOfferId());
		b.click("Résilier");
		b.checkAccessibility();
		assertThat(b.find(By.id("estimate")).getText()).contains("Total dû à la résiliation");
		b.click("Confirmer la résiliation");
		assertThat(b.find(By.id("flash-success")).getText()).contains("Résiliation demandée");
		assertThat(b.find(By.id("oc-state")).getText()).isEqualTo("En cours de résiliation");
		b.click("Conversations (0)");
		b.type("Sujet", "Date de résiliation");
		b.type("Message", "Le client souhaite garder ses numéros jusqu'au bout.");
		b.click("Démarrer la conversation");
		assertThat(b.find(By.id("messages")).getText()).contains("garder ses numéros");
		b.checkAccessibility();
		// the termination letter, drawn among the OC's forms, goes to the client
		long client = this.jdbc.queryForObject("select client_id from contracted_offer where id = ?", Long.class,
				order.contractedOfferId());
		this.jdbc.update("update contact set administrator = (id = (select min(id) from contact where company_id = ?)),"
				+ " email = 'direction@resiliation-navigateur.test' where company_id = ?", client, client);
		long letter = this.jdbc.queryForObject(
				"select id from sales_form where form_type = 'TERMINATION_LETTER'"
						+ " and contracted_offer_number = (select number from contracted_offer where id = ?)",
				Long.class, order.contractedOfferId());
		b.go("/forms?type=TERMINATION_LETTER");
		assertThat(b.text()).contains("Résiliation Navigateur");
		b.go("/forms/" + letter);
		assertThat(b.find(By.id("form-state")).getText()).isEqualTo("Complété");
		b.click("Envoyer au client pour signature");
		assertThat(b.find(By.id("flash-success")).getText()).contains("direction@resiliation-navigateur.test");
		b.checkAccessibility();
		b.logOut();
		String body = this.jdbc
			.queryForObject("select body from outbox_mail where recipient = 'direction@resiliation-navigateur.test'"
					+ " order by id desc limit 1", String.class);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/termination-letters/[A-Za-z0-9_-]{43}")
			.matcher(body);
		assertThat(link.find()).isTrue();
		b.go(link.group());
		assertThat(b.find(By.tagName("h1")).getText()).contains("Votre lettre de résiliation");
		b.checkAccessibility();
		b.type("Vos nom et prénom", "Claire Navigateur");
		b.click("Signer");
		assertThat(b.find(By.id("signing-outcome")).getText()).contains("votre signature est enregistrée");

		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.menu("Commandes", "Conversations");
		assertThat(b.text()).contains("Date de résiliation").contains("Non lu");
		b.checkAccessibility();
		b.find(By.xpath("//tr[contains(., 'Date de résiliation')]//a")).click();
		b.type("Répondre", "Bien noté, la résiliation prendra effet à la date demandée.");
		b.click("Envoyer");
		assertThat(b.find(By.id("messages")).getText()).contains("Bien noté");
		b.menu("Commandes", "Commandes");
		b.type("Client final", "Résiliation Navigateur");
		b.click("Rechercher");
		b.find(By.xpath("//tr[contains(., 'Résiliation') and contains(., 'En cours de résiliation')]//a")).click();
		b.click("Prendre en charge");
		// the order desk sees the client signed the letter
		assertThat(b.find(By.id("termination-letter")).getText()).contains("Signé");
		String sheet = this.jdbc.queryForObject(
				"select s.number from ordered_sheet s join customer_order o on o.id = s.order_id"
						+ " where o.contracted_offer_id = ? and o.order_type = 'TERMINATION'",
				String.class, order.contractedOfferId());
		for (String state : new String[] { "Résiliation en cours", "Résiliée" }) {
			b.find(By.id("select-" + sheet)).click();
			b.choose("Nouveau statut", state);
			b.click("Appliquer aux fiches sélectionnées");
			assertThat(b.find(By.id("sheet-" + sheet)).getText()).contains(state);
		}
		assertThat(b.find(By.id("order-state")).getText()).isEqualTo("Résiliée");
		b.logOut();

		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/contracted-offers/" + order.contractedOfferId());
		assertThat(b.find(By.id("oc-state")).getText()).isEqualTo("Résiliée");
		b.go("/forms/" + letter);
		assertThat(b.find(By.id("form-state")).getText()).isEqualTo("Signé");
		assertThat(b.find(By.id("letter-signer")).getText()).isEqualTo("Claire Navigateur");
		assertThat(b.isShown(By.id("letter-sealed"))).isTrue();
		b.checkAccessibility();
		b.go("/contracted-offers/portings");
		b.checkAccessibility();
		b.logOut();
	}

	@Test
	void aTerminationAskedIsWithdrawnAtTheResellersRequest() {
		OrderView order = this.orders.forAlpha("Résiliation Retirée Navigateur", 1);
		this.orders.deliver(order);
		Browser b = this.browser;
		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/contracted-offers/" + order.contractedOfferId());
		b.click("Résilier");
		b.click("Confirmer la résiliation");
		assertThat(b.find(By.id("flash-success")).getText()).contains("résiliation");
		b.click("Demander l'annulation de la résiliation");
		assertThat(b.find(By.id("flash-success")).getText()).contains("transmise à l'ADV");
		b.logOut();

		long termination = this.jdbc.queryForObject(
				"select id from customer_order where contracted_offer_id = ? and order_type = 'TERMINATION'",
				Long.class, order.contractedOfferId());
		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.go("/orders/" + termination);
		assertThat(b.find(By.id("withdrawal-asked")).getText()).contains("demande l'annulation de cette résiliation");
		b.click("Annuler la résiliation");
		assertThat(b.find(By.id("flash-success")).getText()).contains("est annulée");
		assertThat(b.find(By.id("order-state")).getText()).isEqualTo("Annulée");
		b.go("/contracted-offers/" + order.contractedOfferId());
		assertThat(b.find(By.id("band")).getText()).contains("Livrée");
		b.logOut();
	}

	@Test
	void aPortingRejectedIsCorrectedByTheResellerThenConfirmed() {
		OrderView order = this.orders.place("Alpha Télécom", "Portabilité Navigateur", "Portabilité de numéros",
				java.util.Map.of("Numéro(s) isolé(s) à porter", 1));
		long oc = order.contractedOfferId();
		this.jdbc.update("update contracted_sheet set porting_number = '0142685300', donor_operator = 'Orange',"
				+ " rio = '01F123456GXH', porting_requested_on = ? where contracted_offer_id = ? and portability",
				LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20), oc);
		String sheet = this.jdbc.queryForObject("select number from ordered_sheet where order_id = ?", String.class,
				order.id());
		Browser b = this.browser;
		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.go("/orders/" + order.id());
		b.click("Prendre en charge");
		b.find(By.id("select-" + sheet)).click();
		b.choose("Nouveau statut", "En cours");
		b.click("Appliquer aux fiches sélectionnées");
		assertThat(b.find(By.id("sheet-" + sheet)).getText()).contains("En cours");
		// "Autre" says what: refused beside the field
		b.choose("Motif du rejet", "Autre");
		b.click("Rejeter la portabilité");
		assertThat(b.errorOf("Précisions (obligatoires pour « Autre »)")).contains("Précisez le motif « Autre »");
		b.checkAccessibility();
		b.choose("Motif du rejet", "RIO incorrect");
		b.type("Précisions (obligatoires pour « Autre »)", "Le RIO est celui d'une autre ligne.");
		b.click("Rejeter la portabilité");
		assertThat(b.find(By.id("flash-success")).getText()).contains("rejetée");
		assertThat(b.find(By.id("sheet-" + sheet)).getText()).contains("En attente d'informations client");
		b.screenshot("porting-rejected");
		b.logOut();

		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		assertThat(b.find(By.id("rejected-portings")).getText()).contains("Portabilités rejetées par l'ADV");
		b.checkAccessibility();
		b.click("0142685300 (Portabilité Navigateur) : RIO incorrect — offre contractée "
				+ order.contractedOfferNumber());
		assertThat(b.find(By.cssSelector(".porting-rejection")).getText())
			.contains("RIO incorrect — Le RIO est celui d'une autre ligne.");
		b.checkAccessibility();
		b.type("RIO", "01Z123456ZZZ");
		b.click("Envoyer la correction");
		assertThat(b.errorOf("RIO")).contains("n'appartient pas au numéro 01 42 68 53 00");
		b.type("RIO", "01Z1234560S+");
		b.click("Envoyer la correction");
		assertThat(b.find(By.id("flash-success")).getText()).contains("enregistrée");
		assertThat(b.find(By.cssSelector(".porting-correction")).getText()).contains("Corrigée par le revendeur");
		b.logOut();

		b.logIn(DemoUsers.ADV, DemoUsers.PASSWORD, true);
		b.menu("Commandes", "Commandes");
		b.type("Client final", "Portabilité Navigateur");
		b.click("Rechercher");
		assertThat(b.find(By.id("orders")).getText()).contains("Portabilité corrigée");
		b.go("/orders/" + order.id());
		b.find(By.id("select-" + sheet)).click();
		b.choose("Nouveau statut", "Date de portabilité confirmée");
		b.click("Appliquer aux fiches sélectionnées");
		assertThat(b.find(By.id("sheet-" + sheet)).getText()).contains("Date de portabilité confirmée");
		b.logOut();

		b.logIn(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, false);
		b.go("/contracted-offers/portings?number=0142685300");
		assertThat(b.find(By.cssSelector("#portings .porting-rounds")).getText()).isEqualTo("2");
		b.checkAccessibility();
		b.logOut();
	}

}
