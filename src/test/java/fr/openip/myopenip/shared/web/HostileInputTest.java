package fr.openip.myopenip.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.HttpPortal;
import fr.openip.myopenip.support.PdfBombs;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged fields and hostile input, over real HTTP (Tomcat on its port, its multipart and
 * size limits, the error pages): each answers a 4xx with the portal's page or a message
 * beside the field, never a 500, and the database is checked unchanged.
 */
@PortalIntegrationTest
class HostileInputTest {

	/** A mark of the portal's own layout on a page. */
	private static final String PORTAL_PAGE = "MyOpenIP";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClients clients;

	private HttpPortal alpha;

	@BeforeEach
	void logIn() throws Exception {
		this.alpha = new HttpPortal(this.port).login(DemoUsers.RESELLER_ALPHA, DemoUsers.PASSWORD, "RESELLER");
	}

	private int companiesNamed(String name) {
		return this.jdbc.queryForObject("select count(*) from company where name = ?", Integer.class, name);
	}

	@Test
	void aForgedReferentIsIgnoredAndAForgedUniverseRefused() throws Exception {
		long beta = this.clients.resellerId("Beta Réseaux");
		long alpha = this.clients.resellerId("Alpha Télécom");

		var partner = this.alpha.post("/companies/clients/new",
				Map.of("name", "Faux Revendeur", "universe", "RESELLER", "action", "draft"), "/companies/clients/new");
		assertThat(partner.statusCode()).isEqualTo(422);
		assertThat(companiesNamed("Faux Revendeur")).isZero();

		var handedOver = this.alpha.post("/companies/clients/new",
				Map.of("name", "Client Détourné", "referentId", String.valueOf(beta), "action", "draft"),
				"/companies/clients/new");
		assertThat(handedOver.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select referent_id from company where name = ?", Long.class,
				"Client Détourné"))
			.as("a reseller's client is always its own")
			.isEqualTo(alpha);
	}

	@Test
	void aForgedVersionIsAConflictAndAnotherResellersChildIdIsNotFound() throws Exception {
		Company client = this.clients.aClientOfAlpha("Client Version");
		Company betaClient = this.clients.create("Client Beta Cible", this.clients.resellerId("Beta Réseaux"), false,
				4);
		long betaSite = this.clients.file(betaClient.getId()).mainSite().getId();
		String edit = "/companies/" + client.getId() + "/edit";

		var stale = this.alpha.post(edit, Map.of("name", "Renommé", "clientReference", "REF", "inCreation", "false",
				"siren", TestClients.SIREN, "version", "999"), edit);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains(PORTAL_PAGE);
		assertThat(companiesNamed("Client Version")).as("unchanged").isEqualTo(1);

		String siteForm = "/companies/" + client.getId() + "/sites/new";
		var intruding = this.alpha
			.post("/companies/" + client.getId() + "/sites/" + betaSite,
					Map.of("name", "Volé", "phone", "0100000000", "address.streetNumber", "1", "address.street", "rue",
							"address.country", "France", "address.postalCode", "75001", "address.city", "PARIS"),
					siteForm);
		assertThat(intruding.statusCode()).isEqualTo(404);
		assertThat(intruding.body()).contains(PORTAL_PAGE);
		assertThat(this.jdbc.queryForObject("select name from site where id = ?", String.class, betaSite))
			.isEqualTo("Siège Social");
	}

	@Test
	void nulBytesHugeFieldsAndInvalidUtf8AreRefusedAndNothingIsWritten() throws Exception {
		var nul = this.alpha.post("/companies/clients/new", Map.of("name", "Nul\u0000Caractère", "action", "draft"),
				"/companies/clients/new");
		assertThat(nul.statusCode()).isEqualTo(422);
		assertThat(nul.body()).contains("caractère non autorisé");

		String huge = "x".repeat(100_000);
		var tooLong = this.alpha.post("/companies/clients/new", Map.of("name", huge, "action", "draft"),
				"/companies/clients/new");
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(companiesNamed(huge)).isZero();

		String token = this.alpha.csrfTokenOf("/companies/clients/new");
		byte[] invalid = ("_csrf=" + token + "&action=draft&name=Invalide%C3%28%FF%FE")
			.getBytes(StandardCharsets.US_ASCII);
		var badUtf8 = this.alpha.raw("/companies/clients/new", "application/x-www-form-urlencoded", invalid);
		assertThat(badUtf8.statusCode()).isBetween(400, 499);
		assertThat(this.jdbc.queryForObject("select count(*) from company where name like 'Invalide%'", Integer.class))
			.isZero();

		var json = this.alpha.raw("/companies/clients/new", "application/json",
				"{\"name\":\"En JSON\",\"action\":\"draft\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(json.statusCode()).isBetween(400, 499);
		assertThat(companiesNamed("En JSON")).isZero();
	}

	@Test
	void aPdfBombOfEachKindIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
		Company client = this.clients.aProspectOfAlpha("Prospect Bombes", 2);
		String step = "/companies/" + client.getId() + "/wizard/3";
		int files = this.jdbc.queryForObject("select count(*) from stored_file", Integer.class);
		for (byte[] bomb : java.util.List.of(PdfBombs.crossReferenceStream(), PdfBombs.objectStream(),
				PdfBombs.pageContent())) {
			long start = System.nanoTime();
			var refused = this.alpha.multipart(step, billingStep(), step, "rib", "rib.pdf", bomb);
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains(PORTAL_PAGE).contains("se décompressent en un volume anormal");
			assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file", Integer.class)).isEqualTo(files);
		assertThat(this.jdbc.queryForObject("select count(*) from billing_point where company_id = ?", Integer.class,
				client.getId()))
			.isZero();
	}

	private static Map<String, String> billingStep() {
		return Map.ofEntries(Map.entry("action", "continue"), Map.entry("holder", "DEFAUT"),
				Map.entry("email", "compta@test.fr"), Map.entry("paymentMode", "CHEQUE"),
				Map.entry("paymentTerms", "DAYS_30"), Map.entry("vatRegime", "SUBJECT"),
				Map.entry("paperInvoice", "false"), Map.entry("address.streetNumber", "1"),
				Map.entry("address.street", "rue de la Paix"), Map.entry("address.country", "France"),
				Map.entry("address.postalCode", "75002"), Map.entry("address.city", "PARIS"));
	}

	@Test
	void tomcatsOwnBadRequestPageCarriesTheSecurityHeaders() throws Exception {
		for (String target : new String[] { "/a%ZZ", "/a{b" }) {
			try (var socket = new java.net.Socket("localhost", this.port)) {
				socket.getOutputStream()
					.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(answer).as(target)
					.startsWith("HTTP/1.1 400")
					.containsIgnoringCase("X-Content-Type-Options: nosniff")
					.containsIgnoringCase("X-Frame-Options: DENY")
					.containsIgnoringCase("Content-Security-Policy: default-src 'self'");
			}
		}
		// a page of the portal: each header once
		var login = this.alpha.get("/login");
		for (String header : new String[] { "X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy",
				"Referrer-Policy" }) {
			assertThat(login.headers().allValues(header)).as(header).hasSize(1);
		}
	}

	@Test
	void aForgedHostHeaderNeverReachesARedirect() throws Exception {
		try (var socket = new java.net.Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /quotes HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(answer).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
			assertThat(answer).containsPattern("(?i)location: /login\\r\\n");
		}
	}

	@Test
	void aCorruptPdfAndASeventyMegabyteUploadAreRefusedWithThePortalsPage() throws Exception {
		Company client = this.clients.aProspectOfAlpha("Prospect Fichiers", 2);
		String step = "/companies/" + client.getId() + "/wizard/3";
		Map<String, String> billing = billingStep();
		int files = this.jdbc.queryForObject("select count(*) from stored_file", Integer.class);

		byte[] corrupt = "%PDF-1.7\nceci n'est pas un PDF".getBytes(StandardCharsets.US_ASCII);
		var fake = this.alpha.multipart(step, billing, step, "rib", "rib.pdf", corrupt);
		assertThat(fake.statusCode()).isEqualTo(422);
		assertThat(fake.body()).contains(PORTAL_PAGE);

		byte[] seventyMegabytes = new byte[70 * 1024 * 1024];
		var tooLarge = this.alpha.multipart(step, billing, step, "rib", "rib.pdf", seventyMegabytes);
		assertThat(tooLarge.statusCode()).isEqualTo(422);
		assertThat(tooLarge.body()).contains(PORTAL_PAGE).contains("Le fichier dépasse 20 Mo.");

		assertThat(this.jdbc.queryForObject("select count(*) from stored_file", Integer.class)).isEqualTo(files);
		assertThat(this.jdbc.queryForObject("select count(*) from billing_point where company_id = ?", Integer.class,
				client.getId()))
			.isZero();
	}

}
