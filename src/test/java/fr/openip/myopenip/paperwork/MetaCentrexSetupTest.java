package fr.openip.myopenip.paperwork;

import java.util.LinkedHashMap;
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
import fr.openip.myopenip.order.Orders;
import fr.openip.myopenip.order.TestOrders;
import fr.openip.myopenip.telephony.TestServices;
import fr.openip.myopenip.telephony.TestServices.TestService;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Fiche de paramétrage MetaCentrex": a sale of two licences has a sheet for each, each
 * with its own extension to start with; a wrong field is refused beside it with nothing
 * written, two licences of a sale cannot share an extension; once the order desk has
 * delivered, the licences come configured — user, e-mail, extension, voicemail, the
 * number asked for, the hunt groups (one made for the two).
 */
@PortalIntegrationTest
class MetaCentrexSetupTest {

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
	Orders orders;

	@Autowired
	TestOrders testOrders;

	@Autowired
	TestServices services;

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private ProductView licence() {
		long offer = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals("Com'Unifiées MetaCentrex"))
			.findFirst()
			.orElseThrow()
			.id();
		return this.catalogue.productsOnSale(offer)
			.stream()
			.filter((product) -> product.name().equals("Licence MetaCentrex SDA simple"))
			.findFirst()
			.orElseThrow();
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private MockHttpServletRequestBuilder sheet(long form, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post("/forms/{id}", form).with(csrf())
			.param("version", String.valueOf(version("sales_form", form)));
		fields.forEach(request::param);
		return request.with(alpha());
	}

	private List<Map<String, Object>> sheetsOf(long quote) {
		return this.jdbc.queryForList("select id, unit, state, user_last_name, extension from sales_form"
				+ " where quote_number = (select number from quote where id = ?) and form_type = 'METACENTREX_SETUP'"
				+ " order by unit", quote);
	}

	private static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	@Test
	void theLicencesOfASaleComeConfiguredAsItsSetupSheetsSay() throws Exception {
		Company client = this.clients.aClientOfAlpha("Cabinet du Paramétrage");
		var file = this.clients.file(client.getId());
		ProductView licence = licence();
		String location = this.mvc
			.perform(post("/quotes").with(csrf())
				.param("clientId", String.valueOf(client.getId()))
				.param("offerId", String.valueOf(licence.offerId()))
				.param("quantities[" + licence.id() + "]", "2")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		List<Map<String, Object>> sheets = sheetsOf(quote);
		assertThat(sheets).extracting((sheet) -> sheet.get("state") + " " + sheet.get("extension"))
			.containsExactly("TO_COMPLETE 101", "TO_COMPLETE 102");
		long first = ((Number) sheets.get(0).get("id")).longValue();
		long second = ((Number) sheets.get(1).get("id")).longValue();
		this.mvc.perform(get("/forms/{id}", first).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fiche de paramétrage MetaCentrex")))
			.andExpect(content().string(containsString("value=\"101\"")));
		this.mvc.perform(get("/forms/{id}", first).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());

		// refused beside the field, nothing written
		String[][] wrong = { { "userLastName", " ", "Indiquez le nom de l&#39;utilisateur" },
				{ "userEmail", "claire.martin", "adresse e-mail valide" }, { "extension", "0101", "sans 0 en tête" },
				{ "lineNumber", "12", "numéro français à 10 chiffres" },
				{ "groups", "a,b,c,d,e,f,g,h,i,j,k", "10 groupements au plus" } };
		for (String[] field : wrong) {
			Map<String, String> typed = fields("userLastName", "Martin", "userFirstName", "Claire", "userEmail",
					"claire.martin@cabinet.fr", "extension", "101", "lineNumber", "", "groups", "Accueil");
			typed.put(field[0], field[1]);
			this.mvc.perform(sheet(first, typed))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(field[2])));
		}
		this.mvc
			.perform(sheet(first,
					fields("userLastName", "Martin", "extension", "101", "voicemailToEmail", "true", "userEmail", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("pour y envoyer sa messagerie vocale")));
		assertThat(sheetsOf(quote).get(0)).containsEntry("state", "TO_COMPLETE").containsEntry("user_last_name", null);

		// completed; the second may not take the first one's extension
		this.mvc
			.perform(sheet(first,
					fields("userLastName", "Martin", "userFirstName", "Claire", "userEmail", "claire.martin@cabinet.fr",
							"extension", "101", "lineNumber", "01 42 68 53 01", "voicemailToEmail", "true", "groups",
							"Accueil, Support")))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(sheet(second,
					fields("userLastName", "Bernard", "userFirstName", "Lucas", "extension", "101", "groups",
							"accueil")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Le poste 101 est déjà celui d&#39;une autre licence")));
		assertThat(sheetsOf(quote).get(1)).containsEntry("state", "TO_COMPLETE").containsEntry("user_last_name", null);
		this.mvc
			.perform(sheet(second,
					fields("userLastName", "Bernard", "userFirstName", "Lucas", "extension", "102", "groups",
							"accueil")))
			.andExpect(status().is3xxRedirection());

		// the sale validated for its client, its order delivered
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
				.param("billingPointId", String.valueOf(file.billingPoints().get(0).getId()))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("onBehalf", "true")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		// the number the sheet asks for is in the client's pool, free
		this.jdbc.update(
				"insert into phone_number (owner_id, client_id, number, origin, state, created_at, updated_at)"
						+ " values (?, ?, '0142685301', 'PORTED', 'FREE', now(), now())",
				client.getOwnerId(), client.getId());
		this.testOrders.deliver(this.orders.forQuote(quote).orElseThrow());

		List<Map<String, Object>> licences = this.jdbc.queryForList(
				"select l.id, l.user_last_name, l.user_first_name, l.email, l.extension, l.voicemail_to_email, l.state"
						+ " from licence l join telephony_service s on s.id = l.service_id"
						+ " where s.client_id = ? order by l.contracted_sheet_id",
				client.getId());
		assertThat(licences)
			.extracting((row) -> row.get("user_last_name") + " " + row.get("user_first_name") + " " + row.get("email")
					+ " " + row.get("extension") + " " + row.get("voicemail_to_email") + " " + row.get("state"))
			.containsExactly("Martin Claire claire.martin@cabinet.fr 101 true ACTIVE",
					"Bernard Lucas null 102 false ACTIVE");
		long martin = ((Number) licences.get(0).get("id")).longValue();
		long bernard = ((Number) licences.get(1).get("id")).longValue();
		assertThat(this.jdbc.queryForMap("select state, licence_id from phone_number where number = '0142685301'"))
			.containsEntry("state", "ASSIGNED")
			.containsEntry("licence_id", martin);
		Map<String, List<Long>> groups = new LinkedHashMap<>();
		this.jdbc.query("select g.name, g.member_ids from hunt_group g join telephony_service s on s.id = g.service_id"
				+ " where s.client_id = ? order by g.name", (row) -> {
					Long[] members = (Long[]) row.getArray("member_ids").getArray();
					groups.put(row.getString("name"), List.of(members));
				}, client.getId());
		assertThat(groups).containsOnlyKeys("Accueil", "Support");
		assertThat(groups.get("Accueil")).containsExactly(martin, bernard);
		assertThat(groups.get("Support")).containsExactly(martin);
		long service = this.jdbc.queryForObject("select id from telephony_service where client_id = ?", Long.class,
				client.getId());
		this.mvc.perform(get("/services/{id}/licences/{l}", service, martin).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("claire.martin@cabinet.fr")));
	}

	@Test
	void anAjoutOfLicencesHasTheSetupSheetsOfTheUnitsItAddsOnExtensionsTheServiceHasNotGiven() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Ajout Paramétré", 2, 0);
		this.jdbc.update(
				"update licence set extension = case when id = ? then '101' else '102' end" + " where service_id = ?",
				service.licenceIds().get(0), service.id());
		long oc = service.order().contractedOfferId();
		ProductView licence = licence();
		String location = this.mvc
			.perform(post("/quotes/amendments/{oc}", oc).with(csrf())
				.param("quantities[" + licence.id() + "]", "3")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		// one sheet, for the licence added, on the first extension the service has not
		// given; no SEPA mandate (the OC's was signed with it)
		List<Map<String, Object>> sheets = sheetsOf(quote);
		assertThat(sheets)
			.extracting((sheet) -> sheet.get("unit") + " " + sheet.get("state") + " " + sheet.get("extension"))
			.containsExactly("1 TO_COMPLETE 103");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sales_form where quote_number =" + " (select number from quote where id = ?)",
				Long.class, quote))
			.isEqualTo(1L);
		// the ajout is not validated while its sheet is to complete
		var ids = this.jdbc.queryForMap("select installation_site_id, billing_point_id from quote where id = ?", quote);
		this.mvc
			.perform(post("/quotes/{id}/sites", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("installationSiteId", ids.get("installation_site_id").toString())
				.param("billingPointId", ids.get("billing_point_id").toString())
				.param("action", "continue")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("onBehalf", "true")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Complétez d&#39;abord les formulaires")));
		assertThat(this.orders.forQuote(quote)).isEmpty();
		this.mvc
			.perform(sheet(((Number) sheets.get(0).get("id")).longValue(),
					fields("userLastName", "Petit", "userFirstName", "Nina", "extension", "103", "groups", "")))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("onBehalf", "true")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		// delivered: the licence added is the sheet's, the others keep theirs
		this.testOrders.deliver(this.orders.forQuote(quote).orElseThrow());
		assertThat(this.jdbc.queryForList("select coalesce(user_last_name, '-') || ' ' || extension from licence"
				+ " where service_id = ? order by contracted_sheet_id", String.class, service.id()))
			.containsExactly("- 101", "- 102", "Petit 103");
	}

}
