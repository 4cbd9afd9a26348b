package fr.openip.myopenip.quote;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.MovableClock;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Step 1 of a quote as the guides show it: a reseller fills the basket of an offer for
 * its client and reads the guide's totals; prices come from the catalogue whatever the
 * form says; bad quantities and foreign products are refused with nothing written;
 * another reseller finds nothing; "Mes devis" filters on the guide's fields.
 */
@PortalIntegrationTest
class QuoteTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestClients clients;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToNow() {
		this.clock.reset();
	}

	private long offer(String name) {
		return this.catalogue.offersOnSale()
			.stream()
			.filter((offer) -> offer.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private ProductView product(String offer, String name) {
		return this.catalogue.productsOnSale(offer(offer))
			.stream()
			.filter((product) -> product.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder basket(long client, long offer, long product, String quantity) {
		return post("/quotes").with(csrf())
			.param("clientId", String.valueOf(client))
			.param("offerId", String.valueOf(offer))
			.param("quantities[" + product + "]", quantity);
	}

	private long quotesOf(long client) {
		return this.jdbc.queryForObject("select count(*) from quote where client_id = ?", Long.class, client);
	}

	private long createQuote(long client, String username) throws Exception {
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		String location = this.mvc
			.perform(basket(client, calls.offerId(), calls.id(), "3").param("setupClient", "0")
				.param("monthlyClient", "0.01")
				.param("price", "0")
				.with(this.logins.as(username)))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Mes devis' "Commercial" (guide 002): a drop-down of the users who made the quotes
	 * the reseller sees, none of another reseller's; choosing one filters the list.
	 */
	@Test
	void commercialIsADropDownOfTheUsersWhoMadeTheQuotesOneSees() throws Exception {
		java.util.List<String> alphas = this.jdbc.queryForList("select distinct q.created_by from quote q"
				+ " join company r on r.id = q.owner_id where r.name = 'Alpha Télécom'", String.class);
		java.util.List<String> betas = this.jdbc.queryForList("select distinct q.created_by from quote q"
				+ " join company r on r.id = q.owner_id where r.name = 'Beta Réseaux'", String.class);
		betas.removeAll(alphas);
		assertThat(alphas).isNotEmpty();
		String page = this.mvc.perform(get("/quotes").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<select class=\"form-select\" id=\"f-salesRep\" name=\"salesRep\">");
		alphas.forEach((user) -> assertThat(page).contains("<option value=\"" + user + "\">"));
		betas.forEach((user) -> assertThat(page).doesNotContain("<option value=\"" + user + "\">"));
		long theirs = this.jdbc.queryForObject(
				"select count(*) from quote q join company r on r.id = q.owner_id"
						+ " where r.name = 'Alpha Télécom' and q.created_by = ? and q.status <> 'SUPERSEDED'",
				Long.class, alphas.get(0));
		this.mvc.perform(get("/quotes").param("salesRep", alphas.get(0)).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("<option value=\"" + alphas.get(0) + "\" selected=\"selected\">")));
		assertThat(theirs).isPositive();
	}

	@Test
	void aQuoteIsValidThroughItsLastDayInParisAndExpiredTheDayAfter() throws Exception {
		long client = this.clients.aClientOfAlpha("Client de l'échéance").getId();
		this.clock.setTo(ZonedDateTime.of(2027, 4, 1, 10, 0, 0, 0, PortalClock.PARIS));
		long quote = createQuote(client, DemoUsers.RESELLER_ALPHA);
		assertThat(this.jdbc.queryForObject("select valid_until from quote where id = ?", LocalDate.class, quote))
			.isEqualTo(LocalDate.of(2027, 5, 1));
		// its last valid day, one minute before midnight in Paris
		this.clock.setTo(ZonedDateTime.of(2027, 5, 1, 23, 59, 0, 0, PortalClock.PARIS));
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"expired-help\""))));
		// one minute after midnight in Paris, though still 1 May in UTC
		this.clock.setTo(ZonedDateTime.of(2027, 5, 2, 0, 1, 0, 0, PortalClock.PARIS));
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce devis a expiré le 01/05/2027")))
			.andExpect(content().string(containsString("Renouveler la validité (30 jours)")));
		// another reseller renews nothing; the owner renews it: valid 30 days from today
		this.mvc
			.perform(post("/quotes/{id}/renewal", quote).with(csrf())
				.param("version", version(quote))
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select valid_until from quote where id = ?", LocalDate.class, quote))
			.isEqualTo(LocalDate.of(2027, 5, 1));
		this.mvc
			.perform(post("/quotes/{id}/renewal", quote).with(csrf())
				.param("version", version(quote))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(redirectedUrl("/quotes/" + quote));
		assertThat(this.jdbc.queryForObject("select valid_until from quote where id = ?", LocalDate.class, quote))
			.isEqualTo(LocalDate.of(2027, 6, 1));
		assertThat(this.jdbc.queryForObject("select count(*) from quote_event where quote_id = ? and kind = 'RENEWED'",
				Long.class, quote))
			.isEqualTo(1);
		// valid: nothing to renew, nothing written
		this.mvc
			.perform(post("/quotes/{id}/renewal", quote).with(csrf())
				.param("version", version(quote))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("encore valable")));
		assertThat(this.jdbc.queryForObject("select valid_until from quote where id = ?", LocalDate.class, quote))
			.isEqualTo(LocalDate.of(2027, 6, 1));
	}

	private String version(long quote) {
		return this.jdbc.queryForObject("select version from quote where id = ?", Long.class, quote).toString();
	}

	@Test
	void threeCallsAtThreeEurosAMonthMakeTheGuidesTotalsWhateverTheFormSays() throws Exception {
		long client = this.clients.aClientOfAlpha("Client du panier").getId();
		long quote = createQuote(client, DemoUsers.RESELLER_ALPHA);

		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1. Constitution de mon panier")))
			.andExpect(content().string(containsString("9,00 €/mois")))
			.andExpect(content().string(containsString("1,80 €/mois")))
			.andExpect(content().string(containsString("10,80 €/mois")))
			.andExpect(content().string(containsString("Alpha Télécom")))
			.andExpect(content().string(containsString("revendeur1")));
		assertThat(this.jdbc.queryForObject("select monthly_total from quote where id = ?", java.math.BigDecimal.class,
				quote))
			.isEqualByComparingTo("9.00");
		String number = this.jdbc.queryForObject("select number || '/' || quote_version from quote where id = ?",
				String.class, quote);
		assertThat(number).matches("DEV\\d{9}/1");

		this.mvc
			.perform(
					get("/quotes").param("number", number.toLowerCase()).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("1 résultat(s)")))
			.andExpect(content().string(containsString("0,00 € / 9,00 €")));
		// the basket saved, the quote stands at step 2
		this.mvc
			.perform(get("/quotes").param("client", "client du p")
				.param("step", "2")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString(number)));
		this.mvc
			.perform(get("/quotes").param("client", "client du p")
				.param("step", "1")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(not(containsString(number))));
	}

	@Test
	void anotherResellerFindsNeitherTheQuoteNorItsClient() throws Exception {
		long client = this.clients.aClientOfAlpha("Client au devis privé").getId();
		long quote = createQuote(client, DemoUsers.RESELLER_ALPHA);
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");

		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", "0")
				.param("quantities[" + calls.id() + "]", "50")
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(basket(client, calls.offerId(), calls.id(), "1").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/quotes").param("client", "Client au devis").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString("Client au devis privé"))));
		assertThat(quotesOf(client)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select quantity from quote_line where quote_id = ?", Integer.class, quote))
			.isEqualTo(3);
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isOk());
	}

	@Test
	void badQuantitiesAndForeignProductsAreRefusedWithNothingWritten() throws Exception {
		long client = this.clients.aClientOfAlpha("Client aux paniers refusés").getId();
		long sipTrunk = offer("SIP Trunk Touch");
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		ProductView licence = product("Com'Unifiées MetaCentrex", "Licence MetaCentrex SDA simple");
		String[][] refused = { { "-1", "Les quantités vont de 0 à 9999" },
				{ "10000", "Les quantités vont de 0 à 9999" }, { "abc", "Saisissez un nombre entier" },
				{ "0", "Le panier est vide" } };
		for (String[] bad : refused) {
			this.mvc
				.perform(basket(client, sipTrunk, calls.id(), bad[0]).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(bad[1])));
		}
		this.mvc.perform(basket(client, sipTrunk, licence.id(), "1").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("n&#39;appartient pas à cette offre")));
		this.mvc.perform(basket(client, sipTrunk, 999_999_999L, "1").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent());
		assertThat(quotesOf(client)).isZero();
	}

	@Test
	void aStaleBasketIsRefusedAndTheSavedOneKept() throws Exception {
		long client = this.clients.aClientOfAlpha("Client au panier disputé").getId();
		long quote = createQuote(client, DemoUsers.RESELLER_ALPHA);
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", "0")
				.param("quantities[" + calls.id() + "]", "5")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(redirectedUrl("/quotes/" + quote));
		this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", "0")
				.param("quantities[" + calls.id() + "]", "7")
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select quantity from quote_line where quote_id = ?", Integer.class, quote))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select monthly_total from quote where id = ?", java.math.BigDecimal.class,
				quote))
			.isEqualByComparingTo("15.00");
	}

	@Test
	void theOrderDeskReadsQuotesButBuildsNone() throws Exception {
		long client = this.clients.aClientOfAlpha("Client vu par l'ADV").getId();
		long quote = createQuote(client, DemoUsers.RESELLER_ALPHA);
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"basket-submit\""))));
		ProductView calls = product("SIP Trunk Touch", "Appel(s) simu(s) SIP - Compteur");
		this.mvc.perform(basket(client, calls.offerId(), calls.id(), "1").with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().isForbidden());
		assertThat(quotesOf(client)).isEqualTo(1);
	}

	@Test
	void stepTwoTakesTheClientsOwnSitesAndAtLeastOneOnSiteContact() throws Exception {
		var alphaClient = this.clients.aClientOfAlpha("Client aux sites");
		long client = alphaClient.getId();
		var file = this.clients.file(client);
		long site = file.mainSite().getId();
		long point = file.billingPoints().get(0).getId();
		long contact = file.contacts().get(0).getId();
		var other = this.clients.file(this.clients.aClientOfAlpha("Autre client aux sites").getId());
		long quote = createQuote(client, DemoUsers.RESELLER_ALPHA);
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("2. Sites et contacts")))
			.andExpect(content().string(containsString("les compléments d&#39;adresse sont très importants")));

		this.mvc.perform(sites(quote, site, point, "continue", DemoUsers.RESELLER_ALPHA))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Ajoutez au moins un contact sur site")));
		this.mvc
			.perform(post("/quotes/{id}/contacts", quote).with(csrf())
				.param("contactId", other.contacts().get(0).getId().toString())
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("n&#39;est pas celui du client du devis")));
		this.mvc.perform(sites(quote, other.mainSite().getId(), point, "save", DemoUsers.RESELLER_ALPHA))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/quotes/{id}/contacts", quote).with(csrf())
				.param("contactId", String.valueOf(contact))
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from quote_contact where quote_id = ?", Long.class, quote))
			.isZero();
		assertThat(this.jdbc.queryForObject("select installation_site_id from quote where id = ?", Long.class, quote))
			.isNull();

		this.mvc
			.perform(post("/quotes/{id}/contacts", quote).with(csrf())
				.param("contactId", String.valueOf(contact))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(redirectedUrl("/quotes/" + quote + "#contacts"));
		this.mvc.perform(sites(quote, site, point, "continue", DemoUsers.RESELLER_ALPHA))
			.andExpect(redirectedUrl("/quotes/" + quote));
		assertThat(this.jdbc.queryForMap("select step, installation_site_id, billing_point_id from quote where id = ?",
				quote))
			.containsEntry("step", 3)
			.containsEntry("installation_site_id", site)
			.containsEntry("billing_point_id", point);
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString(file.contacts().get(0).getLastName())))
			.andExpect(content().string(containsString("/contacts/new?quote=" + quote)));

		// "Nouveau contact" comes back to the quote, where the new contact can be added
		this.mvc
			.perform(post("/companies/{id}/contacts", client).with(csrf())
				.param("quote", String.valueOf(quote))
				.param("civility", "MR")
				.param("lastName", "Sursite")
				.param("firstName", "Marc")
				.param("phone", "01 02 03 04 05")
				.param("email", "marc.sursite@test.fr")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(redirectedUrl("/quotes/" + quote + "#contacts"));
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Marc Sursite")));
	}

	private MockHttpServletRequestBuilder sites(long quote, long site, long point, String action, String user)
			throws Exception {
		long version = this.jdbc.queryForObject("select version from quote where id = ?", Long.class, quote);
		return post("/quotes/{id}/sites", quote).with(csrf())
			.param("version", String.valueOf(version))
			.param("installationSiteId", String.valueOf(site))
			.param("billingPointId", String.valueOf(point))
			.param("action", action)
			.with(this.logins.as(user));
	}

}
