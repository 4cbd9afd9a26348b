package fr.openip.myopenip.shared.web;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.OfferTerms;
import fr.openip.myopenip.catalogue.domain.ProductTerms;
import fr.openip.myopenip.account.TestAccounts;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Random values (any Unicode, control characters, lone surrogates, huge strings, numbers
 * out of range, SQL and HTML) in every field of every form of the portal, as the user who
 * may post it: whatever is refused is refused with a 4xx and writes nothing (no table's
 * rows nor versions change), and nothing answers a 5xx. The values come from a fixed seed
 * (a failure is replayed at the next run) and a failure says the values that caused it.
 */
@PortalIntegrationTest
class GeneratedInputTest {

	private static final int VALUES = 10_000;

	/** The same values at every run: a failure found is a failure replayed. */
	private static final long SEED = 20_261_203L;

	private static final Pattern INPUT = Pattern.compile("<input[^>]*>");

	private static final Pattern SELECT = Pattern.compile("<select[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>",
			Pattern.DOTALL);

	private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
			Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-z-]+)(?:=\"([^\"]*)\")?");

	@Autowired
	CatalogueManagement catalogue;

	@Autowired
	fr.openip.myopenip.catalogue.Catalogue catalogueApi;

	@Autowired
	fr.openip.myopenip.quote.domain.QuoteBasket quoteBasket;

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestClients clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	fr.openip.myopenip.order.TestOrders orders;

	@Autowired
	fr.openip.myopenip.telephony.TestServices services;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/** A form: who posts it, the page that shows it, where it is posted. */
	record Form(String user, String page, String action) {
	}

	/**
	 * Random values of five kinds from one seed: any Unicode (control characters, NUL,
	 * lone surrogates) up to 40 characters, digits up to 25, ASCII up to 300, any Unicode
	 * of 1,000 to 3,000 characters, and values picked for what they break (SQL, HTML,
	 * paths, numbers out of range, the forms' own choices).
	 */
	static final class Values implements Iterator<String> {

		private static final List<String> PICKED = List.of("", " ", "'; drop table company; --",
				"<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "\uD800", "NaN", "-1", "0",
				"99999999999999999999", "1e308", "true", "on", "END_CLIENT", "RESELLER", "PRELEVEMENT", "OTHER",
				"2026-02-30", "☃", "continue", "draft");

		private final Random random;

		Values(long seed) {
			this.random = new Random(seed);
		}

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public String next() {
			return switch (this.random.nextInt(5)) {
				case 0 -> anyUnicode(this.random.nextInt(41));
				case 1 -> chars(1 + this.random.nextInt(25), '0', '9');
				case 2 -> chars(this.random.nextInt(301), (char) 0, (char) 127);
				case 3 -> anyUnicode(1000 + this.random.nextInt(2001));
				default -> PICKED.get(this.random.nextInt(PICKED.size()));
			};
		}

		private String anyUnicode(int length) {
			StringBuilder text = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				int codePoint = this.random.nextInt(Character.MAX_CODE_POINT + 1);
				if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
					text.append((char) codePoint);
				}
				else {
					text.appendCodePoint(codePoint);
				}
			}
			return text.toString();
		}

		private String chars(int length, char from, char to) {
			StringBuilder text = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				text.append((char) (from + this.random.nextInt(to - from + 1)));
			}
			return text.toString();
		}

	}

	/**
	 * The fields of a form page and the values it shows (checked boxes, selected
	 * options).
	 */
	private static Map<String, String> valuesShownIn(String html) {
		Map<String, String> values = new LinkedHashMap<>();
		INPUT.matcher(html).results().forEach((input) -> {
			Map<String, String> attributes = new HashMap<>();
			ATTRIBUTE.matcher(input.group()).results().forEach((a) -> attributes.put(a.group(1), a.group(2)));
			String type = attributes.getOrDefault("type", "text");
			String name = attributes.get("name");
			boolean unticked = (type.equals("checkbox") || type.equals("radio")) && !attributes.containsKey("checked");
			if (name != null && !name.equals("_csrf") && !type.equals("file") && !unticked) {
				values.put(name, HtmlUtils.htmlUnescape(attributes.getOrDefault("value", "")));
			}
		});
		SELECT.matcher(html).results().forEach((select) -> {
			var selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
			values.put(select.group(1), selected.find() ? HtmlUtils.htmlUnescape(selected.group(1)) : "");
		});
		TEXTAREA.matcher(html)
			.results()
			.forEach((area) -> values.put(area.group(1), HtmlUtils.htmlUnescape(area.group(2))));
		values.putIfAbsent("action", "continue");
		return values;
	}

	/**
	 * One query whose answer changes when any row of the portal's data is added, removed
	 * or changed: each table's row count and the sum of its rows' versions. Left out: the
	 * sessions, the security log (a refusal is logged there on purpose), Flyway's history
	 * and the outbox's sending state (the sender runs on its own; a mail queued still
	 * counts).
	 */
	private String fingerprint() {
		List<Map<String, Object>> tables = this.jdbc.queryForList("select t.table_name, exists (select 1"
				+ " from information_schema.columns c where c.table_schema = t.table_schema"
				+ " and c.table_name = t.table_name and c.column_name = 'version') as versioned"
				+ " from information_schema.tables t where t.table_schema = current_schema()"
				+ " and t.table_type = 'BASE TABLE' and t.table_name not like 'spring_session%'"
				+ " and t.table_name not like 'flyway%' and t.table_name not in ('security_event')"
				+ " order by t.table_name");
		List<String> parts = new ArrayList<>();
		for (Map<String, Object> table : tables) {
			String name = (String) table.get("table_name");
			boolean versioned = Boolean.TRUE.equals(table.get("versioned")) && !name.equals("outbox_mail");
			parts.add("(select count(*) || ':' || " + (versioned ? "coalesce(sum(version), 0)" : "0") + " from " + name
					+ ")");
		}
		return "select concat_ws(',', " + String.join(", ", parts) + ")";
	}

	@Test
	void randomValuesInEveryFieldOfEveryFormNeverGiveA5xxAndARefusalWritesNothing() throws Exception {
		String fingerprint = fingerprint();
		String beforeFixtures = this.jdbc.queryForObject(fingerprint, String.class);
		Company client = this.clients.aClientOfAlpha("Client Aléatoire");
		var file = this.clients.file(client.getId());
		long prospect = this.clients.aProspectOfAlpha("Prospect Aléatoire", 3).getId();
		long account = this.accounts.newReseller().getId();
		var offer = this.catalogue.create(
				new OfferTerms("Offre Aléatoire " + System.nanoTime(), null, false, false, 0, true, 1, true, 1, null));
		var product = this.catalogue.addProduct(offer.getId(), new ProductTerms("Section", "Produit Aléatoire", null, 1,
				BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE));
		String o = "/catalogue/offers/" + offer.getId();
		var sipTrunk = this.catalogueApi.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals("SIP Trunk Touch"))
			.findFirst()
			.orElseThrow();
		var calls = this.catalogueApi.productsOnSale(sipTrunk.id()).get(0);
		long quote = this.quoteBasket.create(client.getId(), sipTrunk.id(), Map.of(calls.id(), 2), null).getId();
		String c = "/companies/" + client.getId();
		String p = "/companies/" + prospect;
		// an order the order desk has taken, and a delivered one the reseller may
		// terminate
		var worked = this.orders.forAlpha("Commande Aléatoire", 2);
		this.mvc.perform(post("/orders/{id}/take", worked.id()).with(csrf()).with(this.logins.as(DemoUsers.ADV)));
		var delivered = this.orders.forAlpha("Livrée Aléatoire", 1);
		this.mvc.perform(post("/orders/{id}/take", delivered.id()).with(csrf()).with(this.logins.as(DemoUsers.ADV)));
		for (String state : List.of("IN_PROGRESS", "DELIVERED")) {
			long sheet = this.jdbc.queryForObject("select id from ordered_sheet where order_id = ?", Long.class,
					delivered.id());
			this.mvc.perform(post("/orders/{id}/sheets", delivered.id()).with(csrf())
				.param("sheet", String.valueOf(sheet))
				.param("version[" + sheet + "]",
						String.valueOf(this.jdbc.queryForObject("select version from ordered_sheet where id = ?",
								Long.class, sheet)))
				.param("state", state)
				.with(this.logins.as(DemoUsers.ADV)));
		}
		String w = "/orders/" + worked.id();
		String t = "/contracted-offers/" + delivered.contractedOfferId() + "/termination";
		// a service with a user and its number, and a free licence
		var service = this.services.delivered("Alpha Télécom", "Téléphonie Aléatoire", 2, 0);
		this.services.give(service.licenceIds().get(0), "Aléatoire",
				this.services.freeNumbers(service.clientId()).get(0));
		String s = "/services/" + service.id();
		// a delivered OC to amend, and an amendment quote reducing it (its removals)
		var amended = this.orders.forAlpha("Ajout Aléatoire", 3);
		this.orders.deliver(amended);
		String a = "/quotes/amendments/" + amended.contractedOfferId();
		String l = s + "/licences/" + service.licenceIds().get(1);
		// a porting order the order desk has taken: the reseller's porting form, the
		// desk's rejection
		var porting = this.orders.place("Alpha Télécom", "Portabilité Aléatoire", "Portabilité de numéros",
				Map.of("Numéro(s) isolé(s) à porter", 1));
		this.mvc.perform(post("/orders/{id}/take", porting.id()).with(csrf()).with(this.logins.as(DemoUsers.ADV)));
		String po = "/contracted-offers/" + porting.contractedOfferId();
		long portingSheet = this.jdbc.queryForObject(
				"select id from contracted_sheet where contracted_offer_id = ? and portability", Long.class,
				porting.contractedOfferId());
		long portingOrdered = this.jdbc.queryForObject("select id from ordered_sheet where contracted_sheet_id = ?",
				Long.class, portingSheet);
		String pw = "/orders/" + porting.id();
		// a form of a sale: a porting mandate of a quote of numbers to port
		var portable = this.catalogueApi.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals("Portabilité de numéros"))
			.findFirst()
			.orElseThrow();
		var toPort = this.catalogueApi.productsOnSale(portable.id())
			.stream()
			.filter((candidate) -> candidate.name().equals("Numéro(s) isolé(s) à porter"))
			.findFirst()
			.orElseThrow();
		long portingQuote = this.quoteBasket.create(client.getId(), portable.id(), Map.of(toPort.id(), 1), null)
			.getId();
		String sf = "/forms/" + this.jdbc.queryForObject(
				"select id from sales_form where quote_number = (select number from quote where id = ?)", Long.class,
				portingQuote);
		// a termination letter of that quote, to send to the client
		String letter = "/forms/" + this.jdbc.queryForObject("insert into sales_form (owner_id, quote_id,"
				+ " quote_number, client_id, client_name, form_type, unit, state, completed_at,"
				+ " contracted_offer_number, terminates_on, created_at, updated_at)"
				+ " select owner_id, id, number, client_id, client_name, 'TERMINATION_LETTER', 1, 'COMPLETED', now(),"
				+ " 'OC-GENERE', current_date + 30, now(), now() from quote where id = ? returning id", Long.class,
				portingQuote);
		List<Form> forms = List.of(new Form(DemoUsers.RESELLER_ALPHA, letter, letter + "/send"),
				new Form(DemoUsers.RESELLER_ALPHA, "/companies/clients/new", "/companies/clients/new"),
				new Form(DemoUsers.RESELLER_ALPHA, "/companies/prospects/new", "/companies/prospects/new"),
				new Form(DemoUsers.OPERATOR, "/companies/clients/new", "/companies/clients/new"),
				new Form(DemoUsers.RESELLER_ALPHA, c + "/edit", c + "/edit"),
				new Form(DemoUsers.RESELLER_ALPHA, p + "/wizard/1", p + "/wizard/1"),
				new Form(DemoUsers.RESELLER_ALPHA, p + "/wizard/2", p + "/wizard/2"),
				new Form(DemoUsers.RESELLER_ALPHA, p + "/wizard/3", p + "/wizard/3"),
				new Form(DemoUsers.RESELLER_ALPHA, p + "/wizard/3", p + "/wizard/3/mandate"),
				new Form(DemoUsers.RESELLER_ALPHA, p + "/wizard/4", p + "/wizard/4"),
				new Form(DemoUsers.RESELLER_ALPHA, c + "/sites/new", c + "/sites"),
				new Form(DemoUsers.RESELLER_ALPHA, c + "/sites/" + file.mainSite().getId() + "/edit",
						c + "/sites/" + file.mainSite().getId()),
				new Form(DemoUsers.RESELLER_ALPHA, c + "/billing-points/new", c + "/billing-points"),
				new Form(DemoUsers.RESELLER_ALPHA,
						c + "/billing-points/" + file.billingPoints().get(0).getId() + "/edit",
						c + "/billing-points/" + file.billingPoints().get(0).getId()),
				new Form(DemoUsers.RESELLER_ALPHA, c + "/contacts/new", c + "/contacts"),
				new Form(DemoUsers.RESELLER_ALPHA, c + "/contacts/" + file.contacts().get(0).getId() + "/edit",
						c + "/contacts/" + file.contacts().get(0).getId()),
				new Form(DemoUsers.RESELLER_BETA, "/password", "/password"),
				new Form(DemoUsers.ADMIN, "/admin/accounts/new", "/admin/accounts"),
				new Form(DemoUsers.ADMIN, "/admin/accounts/" + account + "/edit", "/admin/accounts/" + account),
				new Form(DemoUsers.ADMIN, "/admin/companies/new", "/admin/companies"),
				new Form(DemoUsers.ADMIN, "/companies/clients", "/companies/clients"),
				new Form(DemoUsers.OPERATOR, "/catalogue/offers/new", "/catalogue/offers"),
				new Form(DemoUsers.RESELLER_ALPHA,
						"/quotes/new?clientId=" + client.getId() + "&offerId=" + sipTrunk.id(), "/quotes"),
				new Form(DemoUsers.RESELLER_ALPHA, "/quotes/" + quote, "/quotes/" + quote + "/basket"),
				new Form(DemoUsers.RESELLER_ALPHA, "/quotes/" + quote, "/quotes/" + quote + "/sites"),
				new Form(DemoUsers.RESELLER_ALPHA, "/quotes/" + quote, "/quotes/" + quote + "/comment"),
				new Form(DemoUsers.RESELLER_ALPHA, p + "/client-account", p + "/client-account"),
				new Form(DemoUsers.ADV, w, w + "/sheets"), new Form(DemoUsers.ADV, w, w + "/production-pilot"),
				new Form(DemoUsers.ADV, w, w + "/withdraw-termination"),
				new Form(DemoUsers.ADV, w, w + "/cancel-amendment"),
				new Form(DemoUsers.RESELLER_ALPHA, t, t + "/withdrawal"),
				new Form(DemoUsers.RESELLER_ALPHA, po, po + "/sheets/" + portingSheet + "/porting"),
				new Form(DemoUsers.ADV, pw, pw + "/sheets/" + portingOrdered + "/porting-rejection"),
				new Form(DemoUsers.RESELLER_ALPHA, "/quotes/" + quote, "/quotes/" + quote + "/renewal"),
				new Form(DemoUsers.RESELLER_ALPHA, sf, sf), new Form(DemoUsers.RESELLER_ALPHA, t, t),
				new Form(DemoUsers.RESELLER_ALPHA, l, l),
				new Form(DemoUsers.RESELLER_ALPHA, s + "/groups/new", s + "/groups"),
				new Form(DemoUsers.RESELLER_ALPHA, a, a),
				new Form(DemoUsers.RESELLER_ALPHA, s + "/dissociation?licenceIds=" + service.licenceIds().get(0),
						s + "/dissociation"),
				new Form(DemoUsers.OPERATOR, o + "/edit", o),
				new Form(DemoUsers.OPERATOR, o + "/products/new", o + "/products"), new Form(DemoUsers.OPERATOR,
						o + "/products/" + product.getId() + "/edit", o + "/products/" + product.getId()));

		Map<String, Map<String, String>> fields = new HashMap<>();
		Map<String, Boolean> multipart = new HashMap<>();
		Iterator<String> random = new Values(SEED);
		int values = 0;
		int requests = 0;
		List<String> serverErrors = new ArrayList<>();
		// the fingerprint sees what the fixtures above wrote
		assertThat(this.jdbc.queryForObject(fingerprint, String.class)).isNotEqualTo(beforeFixtures);
		int refusals = 0;
		while (values < VALUES) {
			for (Form form : forms) {
				if (!fields.containsKey(form.page())) {
					var page = this.mvc.perform(get(form.page()).with(this.logins.as(form.user())))
						.andReturn()
						.getResponse();
					String html = page.getContentAsString(StandardCharsets.UTF_8);
					// the form's page answers, with its fields
					assertThat(page.getStatus()).as(form.page()).isEqualTo(200);
					assertThat(valuesShownIn(html)).as(form.page() + " has fields").isNotEmpty();
					fields.put(form.page(), valuesShownIn(html));
					multipart.put(form.page(), html.contains("multipart/form-data"));
				}
				AbstractMockHttpServletRequestBuilder<?> request = multipart.get(form.page()) ? multipart(form.action())
						: post(form.action());
				request.with(this.logins.as(form.user())).with(csrf());
				// every other request: every field random; the others: the form as shown
				// with
				// one field (in turn) and one more given a random value, so that they
				// pass the
				// other checks and reach the database
				List<String> names = new ArrayList<>(fields.get(form.page()).keySet());
				boolean allRandom = requests % 2 == 0;
				String turn = names.get((requests / 2) % names.size());
				String other = names.get(Math.floorMod(random.next().hashCode(), names.size()));
				Map<String, String> sent = new java.util.LinkedHashMap<>();
				for (var field : fields.get(form.page()).entrySet()) {
					boolean randomised = allRandom || field.getKey().equals(turn) || field.getKey().equals(other);
					String value = randomised ? random.next() : field.getValue();
					request.param(field.getKey(), value);
					if (randomised) {
						sent.put(field.getKey(), value.length() > 80 ? value.substring(0, 80) + "…" : value);
					}
					values += randomised ? 1 : 0;
				}
				requests++;
				try {
					String before = this.jdbc.queryForObject(fingerprint, String.class);
					int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
					if (status >= 500) {
						serverErrors.add(form.action() + " answered " + status + " to " + sent);
					}
					else if (status >= 400 && !before.equals(this.jdbc.queryForObject(fingerprint, String.class))) {
						// a refusal writes nothing
						serverErrors.add(form.action() + " refused (" + status + ") but wrote, to " + sent);
					}
					refusals += status >= 400 ? 1 : 0;
				}
				catch (Exception ex) {
					serverErrors.add(form.action() + " threw " + ex + " to " + sent);
				}
			}
		}
		System.out.printf("Generated input: %d random values in %d requests to %d forms, %d refused, %d failures%n",
				values, requests, forms.size(), refusals, serverErrors.size());
		assertThat(serverErrors).isEmpty();
	}

	/**
	 * Every list of the portal (and its CSV), as a user who may read it, at page numbers
	 * past any end, below zero or no number at all: a page or a 4xx, never a 5xx.
	 */
	@Test
	void everyListTakesAnyPageNumberWithoutA5xx() throws Exception {
		long service = this.jdbc.queryForObject("select id from telephony_service order by id limit 1", Long.class);
		Map<String, List<String>> lists = new LinkedHashMap<>();
		lists.put(DemoUsers.ADMIN,
				List.of("/admin/accounts", "/admin/outbox", "/admin/security-events", "/admin/companies"));
		lists.put(DemoUsers.OPERATOR,
				List.of("/companies/operators", "/companies/ambassadors", "/companies/others", "/companies/clients",
						"/companies/prospects", "/companies/contacts", "/companies/clients/export",
						"/companies/contacts/export", "/quotes", "/quotes/export", "/contracted-offers",
						"/contracted-offers/export", "/contracted-offers/portings", "/conversations", "/services",
						"/services/" + service, "/catalogue/offers"));
		lists.put(DemoUsers.ADV, List.of("/orders", "/contracted-offers", "/conversations"));
		lists.put(DemoUsers.RESELLER_ALPHA, List.of("/companies/clients", "/companies/prospects", "/companies/contacts",
				"/quotes", "/contracted-offers", "/services"));
		List<String> serverErrors = new ArrayList<>();
		int requests = 0;
		for (var entry : lists.entrySet()) {
			for (String list : entry.getValue()) {
				for (String page : List.of("-1", "0", "3", "2147483647", "2147483648", "99999999999999999999", "abc",
						"")) {
					requests++;
					try {
						int status = this.mvc
							.perform(get(list).param("page", page).with(this.logins.as(entry.getKey())))
							.andReturn()
							.getResponse()
							.getStatus();
						if (status >= 500) {
							serverErrors.add(entry.getKey() + " " + list + "?page=" + page + " answered " + status);
						}
					}
					catch (Exception ex) {
						serverErrors.add(entry.getKey() + " " + list + "?page=" + page + " threw " + ex);
					}
				}
			}
		}
		System.out.printf("List pages: %d requests, %d answered 5xx%n", requests, serverErrors.size());
		assertThat(serverErrors).isEmpty();
	}

}
