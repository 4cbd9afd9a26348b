package fr.openip.myopenip.account;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.OfferTerms;
import fr.openip.myopenip.catalogue.domain.ProductTerms;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.domain.PartnerCompanyCommand;
import fr.openip.myopenip.company.domain.PartnerCompanyService;
import fr.openip.myopenip.mail.MailOutbox;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every URL the portal maps, read from its own request mappings, against who may call it:
 * nobody logged in, each role, and a reseller other than the owner of the record. A
 * mapping with no rule here fails the build, so that every new page states who may open
 * it.
 */
@PortalIntegrationTest
class AuthorizationMatrixTest {

	/**
	 * Who calls. {@code OTHER_RESELLER} is a reseller that does not own the records in
	 * the URL.
	 */
	enum Caller {

		ANONYMOUS(null), RESELLER(DemoUsers.RESELLER_ALPHA), OTHER_RESELLER(DemoUsers.RESELLER_BETA),
		OPERATOR(DemoUsers.OPERATOR), ADV(DemoUsers.ADV), ADMIN(DemoUsers.ADMIN);

		final String username;

		Caller(String username) {
			this.username = username;
		}

	}

	/**
	 * Who may call a URL.
	 *
	 * @param allowed callers let through
	 * @param tenantOwned whether the URL names a record of a reseller (Alpha's in this
	 * test): another reseller then gets 404
	 */
	record Rule(Set<Caller> allowed, boolean tenantOwned, boolean tokenOnly) {

		static Rule everyone() {
			return new Rule(EnumSet.allOf(Caller.class), false, false);
		}

		static Rule loggedIn() {
			return new Rule(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)), false, false);
		}

		static Rule only(Caller first, Caller... more) {
			return new Rule(EnumSet.of(first, more), false, false);
		}

		/**
		 * A public page that answers only to a valid signing link: with an unknown one,
		 * everybody gets 404, logged in or not (QuoteValidationTest signs with valid
		 * ones).
		 */
		static Rule validTokenOnly() {
			return new Rule(EnumSet.allOf(Caller.class), false, true);
		}

		/** The same callers, for a URL naming a record of reseller Alpha. */
		Rule ofTenant() {
			return new Rule(this.allowed, true, false);
		}

	}

	static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		RULES.put("GET /login", Rule.everyone());
		RULES.put("GET /error", Rule.everyone());
		RULES.put("GET /", Rule.loggedIn());
		RULES.put("GET /password", Rule.loggedIn());
		RULES.put("POST /password", Rule.loggedIn());
		for (String adminOnly : new String[] { "GET /admin/accounts", "GET /admin/accounts/export",
				"GET /admin/accounts/new", "POST /admin/accounts", "GET /admin/accounts/{id}/edit",
				"POST /admin/accounts/{id}", "POST /admin/accounts/{id}/disable", "POST /admin/accounts/{id}/enable",
				"POST /admin/accounts/{id}/reset-password", "GET /admin/security-events", "GET /admin/backup",
				"POST /admin/backup", "GET /admin/outbox", "GET /admin/outbox/{id}", "GET /admin/companies",
				"GET /admin/companies/new", "POST /admin/companies", "GET /admin/companies/{id}/edit",
				"POST /admin/companies/{id}", "POST /admin/companies/{id}/disable",
				"POST /admin/companies/{id}/enable" }) {
			RULES.put(adminOnly, Rule.only(Caller.ADMIN));
		}
		Rule staff = Rule.only(Caller.OPERATOR, Caller.ADV, Caller.ADMIN);
		Rule editors = Rule.only(Caller.RESELLER, Caller.OTHER_RESELLER, Caller.OPERATOR, Caller.ADMIN);
		for (String list : new String[] { "clients", "prospects" }) {
			RULES.put("GET /companies/" + list, Rule.loggedIn());
			RULES.put("GET /companies/" + list + "/export", Rule.loggedIn());
			RULES.put("GET /companies/" + list + "/new", editors);
			RULES.put("POST /companies/" + list + "/new", editors);
		}
		for (String list : new String[] { "operators", "ambassadors", "others" }) {
			RULES.put("GET /companies/" + list, staff);
			RULES.put("GET /companies/" + list + "/export", staff);
		}
		RULES.put("GET /catalogue/offers", Rule.loggedIn());
		RULES.put("GET /catalogue/offers/export", Rule.loggedIn());
		RULES.put("GET /catalogue/offers/{id}", Rule.loggedIn());
		Rule catalogueManagers = Rule.only(Caller.OPERATOR, Caller.ADMIN);
		for (String manage : new String[] { "GET /catalogue/offers/new", "POST /catalogue/offers",
				"GET /catalogue/offers/{id}/edit", "POST /catalogue/offers/{id}", "POST /catalogue/offers/{id}/retire",
				"POST /catalogue/offers/{id}/reinstate", "GET /catalogue/offers/{id}/products/new",
				"POST /catalogue/offers/{id}/products", "GET /catalogue/offers/{id}/products/{productId}/edit",
				"POST /catalogue/offers/{id}/products/{productId}",
				"POST /catalogue/offers/{id}/products/{productId}/retire",
				"POST /catalogue/offers/{id}/products/{productId}/reinstate" }) {
			RULES.put(manage, catalogueManagers);
		}
		Rule quoteEditors = Rule.only(Caller.RESELLER, Caller.OTHER_RESELLER, Caller.OPERATOR, Caller.ADMIN);
		RULES.put("GET /quotes", Rule.loggedIn());
		RULES.put("GET /dashboard", Rule.loggedIn());
		RULES.put("GET /forms", Rule.loggedIn());
		RULES.put("GET /forms/export", Rule.loggedIn());
		RULES.put("GET /forms/{id}", Rule.loggedIn().ofTenant());
		RULES.put("POST /forms/{id}", quoteEditors.ofTenant());
		RULES.put("POST /forms/{id}/send", quoteEditors.ofTenant());
		RULES.put("GET /forms/{id}/sealed", Rule.loggedIn().ofTenant());
		RULES.put("GET /quotes/export", Rule.loggedIn());
		RULES.put("GET /quotes/new", quoteEditors);
		RULES.put("POST /quotes", quoteEditors);
		RULES.put("GET /quotes/amendments/{contractedOfferId}", quoteEditors.ofTenant());
		RULES.put("POST /quotes/amendments/{contractedOfferId}", quoteEditors.ofTenant());
		RULES.put("POST /quotes/{id}/removals", quoteEditors.ofTenant());
		RULES.put("GET /quotes/{id}", Rule.loggedIn().ofTenant());
		RULES.put("POST /quotes/{id}/basket", quoteEditors.ofTenant());
		RULES.put("POST /quotes/{id}/sites", quoteEditors.ofTenant());
		RULES.put("POST /quotes/{id}/contacts", quoteEditors.ofTenant());
		RULES.put("POST /quotes/{id}/contacts/{contactId}/remove", quoteEditors.ofTenant());
		RULES.put("GET /quotes/{id}/pdf", Rule.loggedIn().ofTenant());
		RULES.put("GET /quotes/{id}/envelope", Rule.loggedIn().ofTenant());
		RULES.put("GET /quotes/{id}/attachments/{attachmentId}", Rule.loggedIn().ofTenant());
		RULES.put("GET /quotes/{id}/compare/{otherId}", Rule.loggedIn().ofTenant());
		for (String edit : new String[] { "POST /quotes/{id}/comment", "POST /quotes/{id}/attachments",
				"POST /quotes/{id}/attachments/{attachmentId}/remove", "POST /quotes/{id}/proceed",
				"POST /quotes/{id}/notify", "POST /quotes/{id}/renewal" }) {
			RULES.put(edit, quoteEditors.ofTenant());
		}
		RULES.put("POST /quotes/{id}/validate-for-client",
				Rule.only(Caller.RESELLER, Caller.OTHER_RESELLER).ofTenant());
		RULES.put("POST /quotes/{id}/final-validation", Rule.only(Caller.OPERATOR, Caller.ADMIN).ofTenant());
		RULES.put("GET /contracted-offers", Rule.loggedIn());
		RULES.put("GET /contracted-offers/export", Rule.loggedIn());
		RULES.put("GET /contracted-offers/portings", Rule.loggedIn());
		RULES.put("POST /contracted-offers/{id}/sheets/{sheetId}/porting", Rule.loggedIn().ofTenant());
		for (String read : new String[] { "GET /contracted-offers/{id}", "GET /contracted-offers/{id}/scope",
				"GET /contracted-offers/{id}/history", "GET /contracted-offers/{id}/delivery-note",
				"GET /contracted-offers/{id}/sheets/{sheetId}/delivery-note", "GET /orders/{id}" }) {
			RULES.put(read, Rule.loggedIn().ofTenant());
		}
		Rule sellers = Rule.only(Caller.RESELLER, Caller.OTHER_RESELLER, Caller.OPERATOR, Caller.ADMIN);
		RULES.put("GET /contracted-offers/{id}/prices", sellers.ofTenant());
		RULES.put("GET /contracted-offers/{id}/termination", sellers.ofTenant());
		RULES.put("POST /contracted-offers/{id}/termination", sellers.ofTenant());
		RULES.put("POST /contracted-offers/{id}/termination/withdrawal", sellers.ofTenant());
		RULES.put("GET /orders", Rule.loggedIn());
		RULES.put("GET /contracted-offers/{id}/conversations", Rule.loggedIn().ofTenant());
		RULES.put("GET /conversations", Rule.loggedIn());
		RULES.put("POST /conversations", Rule.loggedIn());
		for (String talk : new String[] { "GET /conversations/{id}", "POST /conversations/{id}/messages",
				"POST /conversations/{id}/contact", "POST /conversations/{id}/close" }) {
			RULES.put(talk, Rule.loggedIn().ofTenant());
		}
		for (String work : new String[] { "POST /orders/{id}/take", "POST /orders/{id}/production-pilot",
				"POST /orders/{id}/sheets", "POST /orders/{id}/withdraw-termination",
				"POST /orders/{id}/cancel-amendment", "POST /orders/{id}/sheets/{sheetId}/porting-rejection" }) {
			RULES.put(work, Rule.only(Caller.ADV).ofTenant());
		}
		RULES.put("GET /services", Rule.loggedIn());
		RULES.put("GET /services/export", Rule.loggedIn());
		for (String read : new String[] { "GET /services/{id}", "GET /services/{id}/groups",
				"GET /services/{id}/numbers", "GET /services/{id}/history" }) {
			RULES.put(read, Rule.loggedIn().ofTenant());
		}
		Rule configurers = Rule.only(Caller.RESELLER, Caller.OTHER_RESELLER, Caller.OPERATOR, Caller.ADMIN);
		for (String configure : new String[] { "GET /services/{id}/licences/{licenceId}",
				"POST /services/{id}/licences/{licenceId}", "GET /services/{id}/dissociation",
				"POST /services/{id}/dissociation", "GET /services/{id}/groups/new", "POST /services/{id}/groups",
				"GET /services/{id}/groups/{groupId}", "POST /services/{id}/groups/{groupId}",
				"POST /services/{id}/groups/{groupId}/delete" }) {
			RULES.put(configure, configurers.ofTenant());
		}
		RULES.put("GET /catalogue/documents/conditions", Rule.loggedIn());
		RULES.put("GET /catalogue/documents/tarifs", Rule.loggedIn());
		for (String signing : new String[] { "GET /signature/{token}", "GET /signature/{token}/pdf",
				"GET /signature/{token}/forms/{formId}", "POST /signature/{token}/accept",
				"POST /signature/{token}/refuse" }) {
			RULES.put(signing, Rule.validTokenOnly());
		}
		for (String signing : new String[] { "GET /termination-letters/{token}", "GET /termination-letters/{token}/pdf",
				"POST /termination-letters/{token}/accept", "POST /termination-letters/{token}/refuse" }) {
			RULES.put(signing, Rule.validTokenOnly());
		}
		RULES.put("GET /companies/contacts", Rule.loggedIn());
		RULES.put("GET /companies/contacts/export", Rule.loggedIn());
		RULES.put("GET /companies/{id}", Rule.loggedIn().ofTenant());
		RULES.put("GET /companies/{id}/files/{fileId}", Rule.loggedIn().ofTenant());
		for (String edit : new String[] { "GET /companies/{id}/edit", "POST /companies/{id}/edit",
				"POST /companies/{id}/disable", "POST /companies/{id}/enable", "POST /companies/{id}/transform",
				"GET /companies/{id}/wizard/{step}", "POST /companies/{id}/wizard/1", "POST /companies/{id}/wizard/2",
				"POST /companies/{id}/wizard/3", "POST /companies/{id}/wizard/3/mandate",
				"POST /companies/{id}/wizard/4", "GET /companies/{id}/sites/new", "POST /companies/{id}/sites",
				"GET /companies/{id}/sites/{siteId}/edit", "POST /companies/{id}/sites/{siteId}",
				"GET /companies/{id}/billing-points/new", "POST /companies/{id}/billing-points",
				"GET /companies/{id}/billing-points/{pointId}/edit", "POST /companies/{id}/billing-points/{pointId}",
				"POST /companies/{id}/billing-points/mandate", "GET /companies/{id}/contacts/new",
				"POST /companies/{id}/contacts", "GET /companies/{id}/contacts/{contactId}/edit",
				"GET /companies/{id}/client-account", "POST /companies/{id}/client-account",
				"POST /companies/{id}/contacts/{contactId}" }) {
			RULES.put(edit, editors.ofTenant());
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PartnerCompanyService companies;

	@Autowired
	MailOutbox outbox;

	@Autowired
	CatalogueManagement catalogue;

	@Autowired
	fr.openip.myopenip.catalogue.Catalogue catalogueApi;

	@Autowired
	fr.openip.myopenip.quote.domain.QuoteBasket quoteBasket;

	@Autowired
	fr.openip.myopenip.quote.domain.QuoteSummary quoteSummary;

	@Autowired
	fr.openip.myopenip.company.TestClients clients;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	fr.openip.myopenip.order.TestOrders orders;

	@Autowired
	fr.openip.myopenip.telephony.TestServices services;

	@Autowired
	fr.openip.myopenip.order.domain.Conversations conversations;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Set<String> mappedUrls() {
		Set<String> urls = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					urls.add("GET " + pattern);
				}
				methods.forEach(verb -> urls.add(verb.name() + " " + pattern));
			}
		});
		return urls;
	}

	/** The quote's ids with a new copy of its attachment in place of the one named. */
	private Map<String, String> withFreshAttachment(Map<String, String> quoteIds) {
		String columns = this.jdbc.queryForObject("select string_agg(column_name, ', ') from information_schema.columns"
				+ " where table_name = 'quote_attachment' and column_name <> 'id'", String.class);
		long fresh = this.jdbc.queryForObject(
				"insert into quote_attachment (" + columns + ") select " + columns
						+ " from quote_attachment where quote_id = ? order by id limit 1 returning id",
				Long.class, Long.valueOf(quoteIds.get("id")));
		Map<String, String> ids = new java.util.HashMap<>(quoteIds);
		ids.put("attachmentId", String.valueOf(fresh));
		return ids;
	}

	@Test
	void everyMappedUrlHasARule() {
		assertThat(RULES.keySet()).as("URLs mapped without an access rule in this test").containsAll(mappedUrls());
		assertThat(mappedUrls()).as("rules for URLs no longer mapped").containsAll(RULES.keySet());
	}

	@Test
	void everyUrlLetsThroughExactlyTheCallersOfItsRule() throws Exception {
		Map<String, Map<String, String>> ids = fixtureIds(this.clients.resellerId("Alpha Télécom"), "Matrice");
		int calls = 0;
		int successes = 0;
		Set<String> urls = mappedUrls();
		for (String url : urls) {
			Rule rule = RULES.get(url);
			assertThat(rule).as("rule for " + url).isNotNull();
			for (Caller caller : Caller.values()) {
				calls++;
				if (url.equals("POST /quotes/{id}/attachments/{attachmentId}/remove")) {
					// each caller removes an attachment of its own: one removed is gone
					// (404)
					ids.put("/quotes/", withFreshAttachment(ids.get("/quotes/")));
				}
				MvcResult result = call(url, ids, caller, true);
				int status = result.getResponse().getStatus();
				String redirect = result.getResponse().getRedirectedUrl();
				String what = caller + " " + url + " answered " + status + " " + redirect;
				assertThat(status).as(what).isLessThan(500);
				if (rule.tokenOnly()) {
					assertThat(status).as(what).isEqualTo(404);
				}
				else if (caller == Caller.OTHER_RESELLER && rule.tenantOwned() && rule.allowed().contains(caller)) {
					assertThat(status).as(what).isEqualTo(404);
				}
				else if (rule.allowed().contains(caller)) {
					// the owner reaches the page or the action: a broken fixture (404)
					// fails here; /error called by itself answers its "not found" page
					assertThat(status).as(what).isNotIn(401, 403, 405);
					if (!url.equals("GET /error")) {
						assertThat(status).as(what).isNotEqualTo(404);
					}
					assertThat(redirect).as(what).isNotEqualTo("/login");
					successes++;
				}
				else if (caller == Caller.ANONYMOUS) {
					assertThat(redirect).as(what).isEqualTo("/login");
				}
				else {
					assertThat(status).as(what).isEqualTo(403);
				}
			}
		}
		System.out.printf("Authorization matrix: %d URL × method pairs × %d callers = %d requests, %d let through%n",
				urls.size(), Caller.values().length, calls, successes);
	}

	@Test
	void everyStateChangingRequestWithoutItsCsrfTokenIsRefused() throws Exception {
		Map<String, Map<String, String>> ids = fixtureIds(this.clients.resellerId("Alpha Télécom"), "Jeton");
		int refused = 0;
		for (String url : mappedUrls()) {
			if (url.startsWith("GET ")) {
				continue;
			}
			Caller caller = RULES.get(url)
				.allowed()
				.stream()
				.filter((c) -> c.username != null)
				.findFirst()
				.orElseThrow();
			MvcResult result = call(url, ids, caller, false);
			assertThat(result.getResponse().getStatus()).as(caller + " " + url + " without a CSRF token")
				.isEqualTo(403);
			refused++;
		}
		System.out.printf("CSRF: %d state-changing requests without a token, %d refused%n", refused, refused);
		assertThat(refused).isPositive();
	}

	/**
	 * A reseller naming its own client with another reseller's site, billing point,
	 * contact or file (or the other way round) gets 404: a child is found only under its
	 * own parent.
	 */
	@Test
	void aPathMixingOnesOwnRecordWithAnotherResellersChildIsNotFound() throws Exception {
		Map<String, String> alpha = fixtureIds(this.clients.resellerId("Alpha Télécom"), "Mélange").get("/companies/");
		Map<String, String> beta = fixtureIds(this.clients.resellerId("Beta Réseaux"), "Mélange").get("/companies/");
		int mixed = 0;
		for (String url : mappedUrls()) {
			if (!url.contains("/companies/{id}/") || !url.matches(".*\\{(siteId|pointId|contactId|fileId)\\}.*")) {
				continue;
			}
			for (boolean ownParent : new boolean[] { true, false }) {
				Map<String, String> mix = new LinkedHashMap<>(ownParent ? beta : alpha);
				mix.put("id", (ownParent ? alpha : beta).get("id"));
				MvcResult result = call(url, Map.of("/companies/", mix), Caller.RESELLER, true);
				assertThat(result.getResponse().getStatus())
					.as(url + (ownParent ? " own client, Beta's child" : " Beta's client, own child"))
					.isEqualTo(404);
				mixed++;
			}
		}
		System.out.printf("Mixed ids: %d requests, all 404%n", mixed);
		assertThat(mixed).isPositive();
	}

	/**
	 * Values of the URLs' variables, by the start of the URL: records created for this
	 * test (a client of reseller Alpha for the company pages), so that no call touches
	 * the demo data.
	 */
	private Map<String, Map<String, String>> fixtureIds(long reseller, String name) {
		SecurityContextHolder.clearContext();
		var account = this.testAccounts.newReseller();
		var company = this.companies
			.create(new PartnerCompanyCommand(name + " " + System.nanoTime(), CompanyUniverse.AMBASSADOR, null, null));
		long mail = this.outbox.queue("matrice@test.fr", name, "Texte");
		long client = this.clients.aClientWithRib(name + " Client", reseller).getId();
		var file = this.clients.file(client);
		Long fileId = this.jdbc.queryForObject("select id from stored_file where company_id = ?", Long.class, client);
		var offer = this.catalogue.create(
				new OfferTerms(name + " offre " + System.nanoTime(), null, false, false, 0, true, 1, true, 1, null));
		var product = this.catalogue.addProduct(offer.getId(), new ProductTerms("Section", name + " produit", null, 1,
				BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE));
		var calls = this.catalogueApi
			.productsOnSale(this.catalogueApi.offersOnSale()
				.stream()
				.filter((candidate) -> candidate.name().equals("SIP Trunk Touch"))
				.findFirst()
				.orElseThrow()
				.id())
			.get(0);
		var quote = this.quoteBasket.create(client, calls.offerId(), Map.of(calls.id(), 2), null);
		this.quoteSummary.attach(quote.getId(), "matrice.pdf", fr.openip.myopenip.company.Pdfs.minimal());
		long attachment = this.jdbc.queryForObject("select id from quote_attachment where quote_id = ?", Long.class,
				quote.getId());
		SecurityContextHolder.clearContext();
		String resellerName = reseller == this.clients.resellerId("Alpha Télécom") ? "Alpha Télécom" : "Beta Réseaux";
		var order = this.orders.place(resellerName, name + " Commande", "Numéro - Géographique",
				Map.of("Numéro géographique", 1));
		long sheet = this.jdbc.queryForObject("select id from contracted_sheet where contracted_offer_id = ?",
				Long.class, order.contractedOfferId());
		long conversation = this.conversations.start(order.id(), name + " sujet", "Message").getId();
		var service = this.services.delivered(resellerName, name + " Téléphonie", 1, 0);
		long group = this.jdbc.queryForObject("insert into hunt_group (owner_id, service_id, name, strategy,"
				+ " created_at, updated_at) select owner_id, id, 'Matrice', 'SIMULTANEOUS', now(), now()"
				+ " from telephony_service where id = ? returning id", Long.class, service.id());
		Map<String, Map<String, String>> ids = new java.util.HashMap<>(Map.of("/conversations/",
				Map.of("id", String.valueOf(conversation)), "/contracted-offers/",
				Map.of("id", String.valueOf(order.contractedOfferId()), "sheetId", String.valueOf(sheet)), "/orders/",
				Map.of("id", String.valueOf(order.id()), "sheetId",
						String.valueOf(this.jdbc.queryForObject(
								"select id from ordered_sheet where contracted_sheet_id = ?", Long.class, sheet))),
				"/quotes/",
				Map.of("id", quote.getId().toString(), "contactId", file.contacts().get(0).getId().toString(),
						"attachmentId", String.valueOf(attachment), "otherId", quote.getId().toString(),
						"contractedOfferId", String.valueOf(order.contractedOfferId())),
				"/signature/", Map.of("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "formId", "1"),
				"/catalogue/offers/", Map.of("id", offer.getId().toString(), "productId", product.getId().toString()),
				"/admin/accounts/", Map.of("id", account.getId().toString()), "/admin/companies/",
				Map.of("id", company.getId().toString()), "/admin/outbox/", Map.of("id", String.valueOf(mail)),
				"/companies/",
				Map.of("id", String.valueOf(client), "step", "1", "siteId", file.sites().get(0).getId().toString(),
						"pointId", file.billingPoints().get(0).getId().toString(), "contactId",
						file.contacts().get(0).getId().toString(), "fileId", fileId.toString())));
		// the fixture quote's signed envelope (its bytes do not matter here)
		this.jdbc.update(
				"insert into quote_envelope (owner_id, quote_id, content, sha256, created_at, updated_at)"
						+ " select owner_id, id, ?, repeat('0', 64), now(), now() from quote where id = ?",
				fr.openip.myopenip.company.Pdfs.minimal(), quote.getId());
		ids.put("/termination-letters/", Map.of("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
		// a form of the fixture's quote: a termination letter, signed and sealed
		ids.put("/forms/", Map.of("id", String.valueOf(this.jdbc.queryForObject("insert into sales_form (owner_id,"
				+ " quote_id, quote_number, client_id, client_name, form_type, unit, state, completed_at, decided_at,"
				+ " contracted_offer_number, terminates_on, sealed_document, created_at, updated_at)"
				+ " select owner_id, id, number, client_id, client_name, 'TERMINATION_LETTER', 1, 'SIGNED', now(), now(),"
				+ " 'OC-MATRICE', current_date + 30, ?, now(), now() from quote where id = ? returning id", Long.class,
				fr.openip.myopenip.company.Pdfs.minimal(), quote.getId()))));
		ids.put("/services/", Map.of("id", String.valueOf(service.id()), "licenceId",
				String.valueOf(service.licenceIds().get(0)), "groupId", String.valueOf(group)));
		return ids;
	}

	private MvcResult call(String url, Map<String, Map<String, String>> ids, Caller caller, boolean withCsrfToken)
			throws Exception {
		String[] parts = url.split(" ", 2);
		String path = parts[1];
		for (var prefix : ids.entrySet()) {
			if (path.startsWith(prefix.getKey())) {
				for (var variable : prefix.getValue().entrySet()) {
					path = path.replace("{" + variable.getKey() + "}", variable.getValue());
				}
			}
		}
		assertThat(path).as("a fixture for every variable of " + url + " (fixtureIds)").doesNotContain("{");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path);
		if (withCsrfToken) {
			request.with(csrf());
		}
		if (caller.username != null) {
			request.with(this.logins.as(caller.username));
		}
		return this.mvc.perform(request).andReturn();
	}

}
