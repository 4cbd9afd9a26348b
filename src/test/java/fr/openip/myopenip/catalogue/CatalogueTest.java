package fr.openip.myopenip.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
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
 * The catalogue as its users meet it: the operator's staff create and price offers, a
 * reseller reads them and cannot change them, bad amounts are refused beside their field
 * with nothing written, a retired product leaves the sale but not the records that hold
 * it, and two people saving the same offer at once cannot both win.
 */
@PortalIntegrationTest
class CatalogueTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Catalogue catalogue;

	private long createOffer(String name) throws Exception {
		String location = this.mvc
			.perform(offerForm(post("/catalogue/offers"), name, "12", "0").with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(redirectedUrlPattern("/catalogue/offers/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockHttpServletRequestBuilder offerForm(MockHttpServletRequestBuilder request, String name,
			String commitment, String version) {
		return request.with(csrf())
			.param("name", name)
			.param("upgradeAllowed", "true")
			.param("packaged", "false")
			.param("commitmentMonths", commitment)
			.param("tacitRenewal", "true")
			.param("renewalMonths", "12")
			.param("terminationAllowed", "true")
			.param("noticeMonths", "3")
			.param("terminationFee", "150,00")
			.param("version", version);
	}

	private MockHttpServletRequestBuilder productForm(long offerId, String setupClient, String monthlyClient) {
		return post("/catalogue/offers/{id}/products", offerId).with(csrf())
			.param("section", "Choix des licences")
			.param("name", "Licence d'essai")
			.param("supplierReference", "OPI-999")
			.param("position", "1")
			.param("setupClient", setupClient)
			.param("setupOperator", "0")
			.param("monthlyClient", monthlyClient)
			.param("monthlyOperator", "6,50");
	}

	private long count(String table, long offerId) {
		return this.jdbc.queryForObject(
				"select count(*) from " + table + " where " + (table.equals("offer") ? "id" : "offer_id") + " = ?",
				Long.class, offerId);
	}

	@Test
	void theStaffPriceAnOfferAndAResellerReadsItWithItsMargins() throws Exception {
		long offer = createOffer("Offre de test tarifée");
		this.mvc.perform(productForm(offer, "10,00", "9,90").with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(redirectedUrl("/catalogue/offers/" + offer));

		this.mvc.perform(get("/catalogue/offers/{id}", offer).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Licence d&#39;essai")))
			.andExpect(content().string(containsString("9,90 €/mois")))
			.andExpect(content().string(containsString("34,34 %")))
			.andExpect(content().string(containsString("100,00 %")))
			.andExpect(content().string(containsString("12 mois")))
			.andExpect(content().string(containsString("150,00 €")))
			.andExpect(content().string(not(containsString("id=\"new-product\""))));
		this.mvc
			.perform(get("/catalogue/offers").param("name", "offre de test t")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Offre de test tarifée")))
			.andExpect(content().string(not(containsString("id=\"new-offer\""))));
		assertThat(this.catalogue.productsOnSale(offer)).singleElement().satisfies((product) -> {
			assertThat(product.monthlyClient()).isEqualByComparingTo("9.90");
			assertThat(product.monthlyOperator()).isEqualByComparingTo("6.50");
		});
	}

	@Test
	void aResellerCannotChangeTheCatalogueAndNothingIsWritten() throws Exception {
		long offer = createOffer("Offre que nul revendeur ne touche");
		long offers = this.jdbc.queryForObject("select count(*) from offer", Long.class);
		RequestPostProcessor reseller = this.logins.as(DemoUsers.RESELLER_ALPHA);
		this.mvc.perform(offerForm(post("/catalogue/offers"), "Offre pirate", "0", "0").with(reseller))
			.andExpect(status().isForbidden());
		this.mvc.perform(productForm(offer, "0", "0").with(reseller)).andExpect(status().isForbidden());
		this.mvc.perform(post("/catalogue/offers/{id}/retire", offer).with(csrf()).with(reseller))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/catalogue/offers/new").with(reseller)).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from offer", Long.class)).isEqualTo(offers);
		assertThat(count("product", offer)).isZero();
		assertThat(this.catalogue.offer(offer)).hasValueSatisfying((view) -> assertThat(view.retired()).isFalse());
	}

	@Test
	void badAmountsAndTermsAreRefusedBesideTheirFieldAndNothingIsWritten() throws Exception {
		long offer = createOffer("Offre aux montants refusés");
		for (String[] bad : new String[][] { { "-1", "9,90" }, { "abc", "9,90" }, { "9,999", "1" },
				{ "1", "99999999999" }, { "1", "" } }) {
			this.mvc.perform(productForm(offer, bad[0], bad[1]).with(this.logins.as(DemoUsers.OPERATOR)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("is-invalid")));
		}
		this.mvc.perform(productForm(offer, "-1", "1").with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(containsString("Saisissez un montant en euros")));
		assertThat(count("product", offer)).isZero();

		this.mvc
			.perform(offerForm(post("/catalogue/offers"), "Offre à 7 mois", "7", "0")
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("aucune, 12, 24 ou 36 mois")));
		this.mvc
			.perform(offerForm(post("/catalogue/offers"), "OFFRE AUX MONTANTS REFUSÉS", "0", "0")
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Une offre porte déjà ce nom")));
		assertThat(this.jdbc.queryForObject("select count(*) from offer where name in ('Offre à 7 mois')", Long.class))
			.isZero();
	}

	@Test
	void aRetiredProductLeavesTheSaleButNotTheRecordsThatHoldIt() throws Exception {
		long offer = createOffer("Offre au produit retiré");
		this.mvc.perform(productForm(offer, "1", "2").with(this.logins.as(DemoUsers.OPERATOR)));
		long product = this.jdbc.queryForObject("select id from product where offer_id = ?", Long.class, offer);

		this.mvc
			.perform(post("/catalogue/offers/{id}/products/{p}/retire", offer, product).with(csrf())
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(redirectedUrl("/catalogue/offers/" + offer));
		assertThat(this.catalogue.productsOnSale(offer)).isEmpty();
		assertThat(this.catalogue.product(product)).hasValueSatisfying((view) -> assertThat(view.retired()).isTrue());
		this.mvc.perform(get("/catalogue/offers/{id}", offer).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(not(containsString("Licence d&#39;essai"))));

		this.mvc.perform(
				post("/catalogue/offers/{id}/retire", offer).with(csrf()).with(this.logins.as(DemoUsers.OPERATOR)));
		this.mvc.perform(get("/catalogue/offers/{id}", offer).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/catalogue/offers/{id}", offer).with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remettre en vente")));
		assertThat(this.catalogue.offersOnSale()).extracting(Catalogue.OfferView::id).doesNotContain(offer);
		assertThat(this.catalogue.offer(offer)).hasValueSatisfying((view) -> assertThat(view.retired()).isTrue());
	}

	@Test
	void aProductIsFoundOnlyUnderItsOwnOffer() throws Exception {
		long first = createOffer("Première offre");
		long second = createOffer("Seconde offre");
		this.mvc.perform(productForm(first, "1", "2").with(this.logins.as(DemoUsers.OPERATOR)));
		long product = this.jdbc.queryForObject("select id from product where offer_id = ?", Long.class, first);
		this.mvc
			.perform(get("/catalogue/offers/{id}/products/{p}/edit", second, product)
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/catalogue/offers/{id}/products/{p}/retire", second, product).with(csrf())
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().isNotFound());
		assertThat(this.catalogue.product(product)).hasValueSatisfying((view) -> assertThat(view.retired()).isFalse());
	}

	@Test
	void twoPeopleSavingTheSameOfferAtOnceCannotBothWin() throws Exception {
		long offer = createOffer("Offre disputée");
		RequestPostProcessor operator = this.logins.as(DemoUsers.OPERATOR);
		RequestPostProcessor admin = this.logins.as(DemoUsers.ADMIN);
		int rounds = 5;
		int wins = 0;
		int conflicts = 0;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < rounds; round++) {
				String version = String
					.valueOf(this.jdbc.queryForObject("select version from offer where id = ?", Long.class, offer));
				CountDownLatch start = new CountDownLatch(1);
				int turn = round;
				List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
				for (String who : new String[] { "opérateur", "admin" }) {
					Callable<MockHttpServletResponse> save = () -> {
						start.await();
						return this.mvc
							.perform(offerForm(post("/catalogue/offers/{id}", offer),
									"Offre disputée par " + who + " au tour " + turn, "24", version)
								.with(who.equals("admin") ? admin : operator))
							.andReturn()
							.getResponse();
					};
					saves.add(pool.submit(save));
				}
				start.countDown();
				for (Future<MockHttpServletResponse> save : saves) {
					MockHttpServletResponse response = save.get();
					int status = response.getStatus();
					assertThat(status).as(status + " " + response.getRedirectedUrl()).isIn(302, 409);
					if (status == 302) {
						assertThat(response.getRedirectedUrl()).isEqualTo("/catalogue/offers/" + offer);
						wins++;
					}
					else {
						conflicts++;
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(wins).as("one save wins each round").isEqualTo(rounds);
		assertThat(conflicts).as("the other is told").isEqualTo(rounds);
		assertThat(this.jdbc.queryForObject("select version from offer where id = ?", Long.class, offer))
			.isEqualTo(rounds);
	}

}
