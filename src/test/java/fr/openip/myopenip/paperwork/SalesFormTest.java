package fr.openip.myopenip.paperwork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.company.domain.Company;
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
 * "Formulaires": a sale of numbers to port needs a porting mandate per number, a sale
 * paid by direct debit its SEPA mandate prefilled from the billing point; the quote's
 * page says how many are left to complete; each is refused beside its field with nothing
 * written, and completed when right; another reseller sees and changes none; a basket
 * made smaller drops the forms no longer needed.
 */
@PortalIntegrationTest
class SalesFormTest {

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

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private ProductView portingProduct() {
		long offer = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals("Portabilité de numéros"))
			.findFirst()
			.orElseThrow()
			.id();
		return this.catalogue.productsOnSale(offer)
			.stream()
			.filter((product) -> product.name().equals("Numéro(s) isolé(s) à porter"))
			.findFirst()
			.orElseThrow();
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private MockHttpServletRequestBuilder completion(long form, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/forms/{id}", form).with(csrf())
			.param("version", String.valueOf(version("sales_form", form)));
		fields.forEach(request::param);
		return request;
	}

	private List<Map<String, Object>> formsOf(long quote) {
		return this.jdbc.queryForList(
				"select id, form_type, unit, state, rio, holder, iban, rum from sales_form"
						+ " where quote_number = (select number from quote where id = ?) order by form_type, unit",
				quote);
	}

	@Test
	void aSaleOfTwoNumbersToPortAndPaidByDirectDebitHasItsThreeFormsThenIsValidated() throws Exception {
		Company client = this.clients.aClientOfAlpha("Client des Formulaires");
		var file = this.clients.file(client.getId());
		long point = file.billingPoints().get(0).getId();
		this.jdbc.update("update billing_point set payment_mode = 'DIRECT_DEBIT', iban = 'FR7630006000011234567890189',"
				+ " bic = 'AGRIFRPP', rum = 'RUM-2026-0001' where id = ?", point);
		ProductView porting = portingProduct();
		String location = this.mvc
			.perform(post("/quotes").with(csrf())
				.param("clientId", String.valueOf(client.getId()))
				.param("offerId", String.valueOf(porting.offerId()))
				.param("quantities[" + porting.id() + "]", "2")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(formsOf(quote)).extracting((form) -> form.get("form_type") + " " + form.get("unit"))
			.containsExactly("PORTING_MANDATE 1", "PORTING_MANDATE 2");
		// the billing point paying by direct debit: its mandate, prefilled
		this.mvc
			.perform(post("/quotes/{id}/contacts", quote).with(csrf())
				.param("contactId", file.contacts().get(0).getId().toString())
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/sites", quote).with(csrf())
				.param("action", "continue")
				.param("version", String.valueOf(version("quote", quote)))
				.param("installationSiteId", String.valueOf(file.mainSite().getId()))
				.param("billingPointId", String.valueOf(point))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		List<Map<String, Object>> forms = formsOf(quote);
		assertThat(forms).hasSize(3);
		Map<String, Object> sepa = forms.get(2);
		assertThat(sepa).containsEntry("form_type", "SEPA_MANDATE")
			.containsEntry("iban", "FR7630006000011234567890189")
			.containsEntry("rum", "RUM-2026-0001")
			.containsEntry("state", "TO_COMPLETE");
		this.mvc.perform(get("/quotes/{id}", quote).with(alpha()))
			.andExpect(content().string(containsString("3 formulaire(s) à compléter")));
		// to its summary, then refused at validation while a form is left
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		for (String step : List.of("/notify", "/validate-for-client")) {
			this.mvc
				.perform(post("/quotes/{id}" + step, quote).with(csrf())
					.param("version", String.valueOf(version("quote", quote)))
					.param("onBehalf", "true")
					.with(alpha()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Complétez d&#39;abord les formulaires de la vente : 3")));
		}
		assertThat(this.jdbc.queryForObject("select status from quote where id = ?", String.class, quote))
			.isEqualTo("DRAFT");
		assertThat(
				this.jdbc.queryForObject("select count(*) from customer_order where quote_id = ?", Long.class, quote))
			.isZero();
		long first = ((Number) forms.get(0).get("id")).longValue();

		// another reseller: none to see, none to change
		this.mvc.perform(get("/forms").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString("Client des Formulaires"))));
		this.mvc.perform(get("/forms/{id}", first).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(completion(first,
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01F123456GXH", "holder",
							"X", "desiredOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10).toString()))
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/forms").param("client", "client des form").with(alpha()))
			.andExpect(content().string(containsString("Mandat de portabilité")))
			.andExpect(content().string(containsString("Mandat de prélèvement SEPA")));

		// refused beside the field, nothing written
		LocalDate inTenDays = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);
		for (String[] wrong : List.of(
				new String[] { "0142685300", "01F123456ZZZ", "Boulangerie", "n&#39;appartient pas" },
				new String[] { "12", "01F123456GXH", "Boulangerie", "10 chiffres" },
				new String[] { "0142685300", "01F123456GXH", " ", "Indiquez le titulaire" })) {
			this.mvc
				.perform(completion(first,
						Map.of("donorOperator", "Orange", "portingNumber", wrong[0], "rio", wrong[1], "holder",
								wrong[2], "desiredOn", inTenDays.toString()))
					.with(alpha()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(wrong[3])));
		}
		this.mvc
			.perform(completion(first,
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01F123456GXH", "holder",
							"Boulangerie", "desiredOn", "demain"))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("entre aujourd&#39;hui et dans un an")));
		this.mvc
			.perform(completion(first,
					Map.of("donorOperator", " ", "portingNumber", "0142685300", "rio", "01F123456GXH", "holder",
							"Boulangerie", "desiredOn", inTenDays.toString()))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez l&#39;opérateur donneur")));
		assertThat(formsOf(quote).get(0)).containsEntry("state", "TO_COMPLETE").containsEntry("rio", null);
		// completed
		this.mvc
			.perform(completion(first,
					Map.of("donorOperator", "Orange", "portingNumber", "01 42 68 53 00", "rio", "01f 123456 gxh",
							"holder", "Boulangerie Dupain", "desiredOn", inTenDays.toString()))
				.with(alpha()))
			.andExpect(redirectedUrl("/forms/" + first));
		assertThat(formsOf(quote).get(0)).containsEntry("state", "COMPLETED")
			.containsEntry("rio", "01F123456GXH")
			.containsEntry("holder", "Boulangerie Dupain");
		// the SEPA mandate: a wrong IBAN refused, then completed as prefilled
		long mandate = ((Number) sepa.get("id")).longValue();
		this.mvc
			.perform(completion(mandate,
					Map.of("holder", "Client des Formulaires", "iban", "FR7630006000011234567890188", "bic", "AGRIFRPP",
							"rum", "RUM-2026-0001"))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez un IBAN valide")));
		this.mvc
			.perform(
					completion(mandate,
							Map.of("holder", "Client des Formulaires", "iban", "FR76 3000 6000 0112 3456 7890 189",
									"bic", "AGRIFRPP", "rum", "RUM-2026-0001"))
						.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/quotes/{id}", quote).with(alpha()))
			.andExpect(content().string(containsString("1 formulaire(s) à compléter")));
		// the sale's last number completed: the quote is validated for its client
		long second = ((Number) forms.get(1).get("id")).longValue();
		this.mvc
			.perform(completion(second,
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01Z1234560S+", "holder",
							"Boulangerie Dupain", "desiredOn", inTenDays.toString()))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("onBehalf", "true")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("select count(*) from customer_order where quote_id = ?", Long.class, quote))
			.isOne();
		// the OC's "Voir les formulaires" lists them
		String number = this.jdbc.queryForObject("select number from quote where id = ?", String.class, quote);
		this.mvc.perform(get("/forms").param("quote", number.toLowerCase(java.util.Locale.ROOT)).with(alpha()))
			.andExpect(content().string(containsString("3 résultat(s)")))
			.andExpect(content().string(containsString("Complété</span>")))
			.andExpect(content().string(not(containsString("À compléter</span>"))));
	}

	@Test
	void aSmallerBasketDropsTheFormsNoLongerNeededAndKeepsTheCompletedOnes() throws Exception {
		Company client = this.clients.aClientOfAlpha("Client du Panier Réduit");
		ProductView porting = portingProduct();
		String location = this.mvc
			.perform(post("/quotes").with(csrf())
				.param("clientId", String.valueOf(client.getId()))
				.param("offerId", String.valueOf(porting.offerId()))
				.param("quantities[" + porting.id() + "]", "2")
				.with(alpha()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long first = ((Number) formsOf(quote).get(0).get("id")).longValue();
		this.mvc
			.perform(completion(first,
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01F123456GXH", "holder",
							"Client du Panier Réduit", "desiredOn",
							LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5).toString()))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("quantities[" + porting.id() + "]", "1")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(formsOf(quote)).extracting((form) -> form.get("unit") + " " + form.get("state"))
			.containsExactly("1 COMPLETED");
	}

}
