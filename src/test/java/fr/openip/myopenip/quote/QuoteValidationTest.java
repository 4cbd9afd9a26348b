package fr.openip.myopenip.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Pdfs;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.quote.domain.QuoteSigning;
import fr.openip.myopenip.quote.domain.QuoteSigning.LinkState;
import fr.openip.myopenip.quote.domain.QuoteValidation;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Steps 3 and 4 of a quote: the summary (PDF at client prices, comment, attachments,
 * history), then its validation — the client's e-signature through a single-use link, the
 * reseller on its behalf, the operator's final validation — each placing one order with
 * its OC and sheets; versions; and every refusal with nothing written.
 */
@PortalIntegrationTest
class QuoteValidationTest {

	private static final Pattern LINK = Pattern.compile("/signature/([A-Za-z0-9_-]{43})");

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
	QuoteSigning signing;

	@Autowired
	QuoteValidation validation;

	private ProductView calls() {
		long offer = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals("SIP Trunk Touch"))
			.findFirst()
			.orElseThrow()
			.id();
		return this.catalogue.productsOnSale(offer)
			.stream()
			.filter((product) -> product.name().equals("Appel(s) simu(s) SIP - Compteur"))
			.findFirst()
			.orElseThrow();
	}

	private long version(long quote) {
		return this.jdbc.queryForObject("select version from quote where id = ?", Long.class, quote);
	}

	private long idOf(String location) {
		String path = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
	}

	/** A quote of 3 SIP calls for a new client of Alpha, brought to step 4. */
	private long quoteAtStepFour(String clientName) throws Exception {
		long client = this.clients.aClientOfAlpha(clientName).getId();
		var file = this.clients.file(client);
		ProductView calls = calls();
		long quote = idOf(this.mvc
			.perform(post("/quotes").with(csrf())
				.param("clientId", String.valueOf(client))
				.param("offerId", String.valueOf(calls.offerId()))
				.param("quantities[" + calls.id() + "]", "3")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		this.mvc
			.perform(post("/quotes/{id}/contacts", quote).with(csrf())
				.param("contactId", file.contacts().get(0).getId().toString())
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/sites", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("installationSiteId", file.mainSite().getId().toString())
				.param("billingPointId", file.billingPoints().get(0).getId().toString())
				.param("action", "continue")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select step from quote where id = ?", Integer.class, quote)).isEqualTo(4);
		return quote;
	}

	/** Notifies the client, and reads the link's token from the outbox. */
	private String notifyAndReadLink(long quote) throws Exception {
		this.mvc
			.perform(post("/quotes/{id}/notify", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		String reference = this.jdbc.queryForObject("select number || '/' || quote_version from quote where id = ?",
				String.class, quote);
		String body = this.jdbc.queryForObject(
				"select body from outbox_mail where subject like ? order by id desc limit 1", String.class,
				"%" + reference + "%");
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String sha256(byte[] content) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

	private long orders(long quote) {
		return this.jdbc.queryForObject("select count(*) from customer_order where quote_id = ?", Long.class, quote);
	}

	@Test
	void theDemoResellersHaveQuotesAtEveryStageOnFirstStart() throws Exception {
		String demo = "from quote q join company c on c.id = q.client_id where c.name in ('Boulangerie Dupain',"
				+ " 'Cabinet Lefèvre Avocats', 'Hôtel Bellevue', 'Garage des Tilleuls', 'Imprimerie Rapide',"
				+ " 'Transports Morel', 'Clinique Vétérinaire Saint-Roch', 'Auto-école Central')";
		assertThat(this.jdbc.queryForList("select distinct q.step " + demo, Integer.class)).contains(2, 3, 4);
		assertThat(this.jdbc.queryForList("select distinct q.status " + demo, String.class)).contains("DRAFT", "SENT",
				"VALIDATED", "REFUSED");
		assertThat(this.jdbc.queryForList(
				"select distinct q.validation_mode " + demo + " and q.validation_mode is not null", String.class))
			.contains("CLIENT_SIGNATURE", "FOR_THE_CLIENT");
		assertThat(
				this.jdbc.queryForObject("select count(*) " + demo + " and q.valid_until < current_date", Long.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) " + demo + " and c.prospect and q.step = 4", Long.class))
			.isPositive();
		// every validated demo quote placed its one order
		String demoClients = " join company c on c.id = q.client_id"
				+ " where c.name in ('Boulangerie Dupain', 'Imprimerie Rapide', 'Transports Morel')";
		assertThat(this.jdbc.queryForObject(
				"select count(*) from customer_order o join quote q on q.id = o.quote_id" + demoClients, Long.class))
			.isEqualTo(this.jdbc.queryForObject(
					"select count(*) from quote q" + demoClients + " and q.status = 'VALIDATED'", Long.class))
			.isGreaterThanOrEqualTo(8);
		// Beta's quotes are Beta's: Alpha's reseller sees none of them
		this.mvc.perform(get("/quotes").param("client", "Imprimerie").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("0 résultat(s)")));
		this.mvc.perform(get("/quotes").param("client", "Imprimerie").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(containsString("4 résultat(s)")));
		// "Formulaires": each demo reseller's sales carry both mandates in each of the
		// four
		// états
		for (String reseller : List.of("Alpha Télécom", "Beta Réseaux")) {
			assertThat(this.jdbc.queryForList("select distinct f.form_type || ' ' || f.state from sales_form f"
					+ " join company r on r.id = f.owner_id where r.name = ?", String.class, reseller))
				.as(reseller)
				.contains("PORTING_MANDATE TO_COMPLETE", "PORTING_MANDATE COMPLETED", "PORTING_MANDATE SIGNED",
						"PORTING_MANDATE REFUSED", "SEPA_MANDATE TO_COMPLETE", "SEPA_MANDATE COMPLETED",
						"SEPA_MANDATE SIGNED", "SEPA_MANDATE REFUSED", "METACENTREX_SETUP TO_COMPLETE",
						"METACENTREX_SETUP COMPLETED", "METACENTREX_SETUP SIGNED", "METACENTREX_SETUP REFUSED",
						"TERMINATION_LETTER REFUSED");
		}
		// the termination letters: Alpha's client signed its second one (the termination
		// is
		// done), Beta's client holds its second one
		assertThat(
				this.jdbc.queryForList(
						"select distinct f.state from sales_form f join company r on r.id = f.owner_id"
								+ " where r.name = 'Alpha Télécom' and f.form_type = 'TERMINATION_LETTER'",
						String.class))
			.contains("REFUSED", "SIGNED");
		assertThat(
				this.jdbc.queryForList(
						"select distinct f.state from sales_form f join company r on r.id = f.owner_id"
								+ " where r.name = 'Beta Réseaux' and f.form_type = 'TERMINATION_LETTER'",
						String.class))
			.contains("REFUSED", "COMPLETED");
	}

	@Test
	void theSummaryPrintsAFrenchPdfAtClientPricesOnlyAndKeepsCommentAndAttachments() throws Exception {
		long quote = quoteAtStepFour("Client récapitulatif");
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("3. Récapitulatif")))
			.andExpect(content().string(containsString("Editer le devis (en pdf)")))
			.andExpect(content().string(containsString("Historique de création du devis")))
			.andExpect(content().string(containsString("Conditions Générales d&#39;Accès aux Services")))
			.andExpect(content().string(containsString("Catalogue Tarifaire Entreprises")))
			.andExpect(content().string(containsString("Aucune pièce jointe n&#39;est associée au devis")))
			.andExpect(content().string(containsString("Notifier le client pour validation")))
			.andExpect(content().string(not(containsString("Validation finale de la commande"))));

		this.mvc
			.perform(post("/quotes/{id}/comment", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("comment", "Installation le matin, accès par la cour")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		byte[] pdf = this.mvc.perform(get("/quotes/{id}/pdf", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("Appel(s) simu(s) SIP - Compteur")
			.contains("9,00 €/mois")
			.contains("1,80 €/mois")
			.contains("10,80 €/mois")
			.contains("Total TTC")
			.contains("Client récapitulatif")
			.contains("Installation le matin, accès par la cour")
			.contains("Bon pour accord")
			.contains("openIP");
		// the operator's price of the calls (1,50 €/mois) and any margin never print
		assertThat(text).doesNotContain("1,50 €").doesNotContain("Marge").doesNotContain("Opé.");

		// an exempt billing point: no VAT on the summary nor on the PDF
		this.jdbc.update(
				"update billing_point set vat_regime = 'EXEMPT' where id = (select billing_point_id from quote where id = ?)",
				quote);
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("TVA 0%")))
			.andExpect(content().string(not(containsString("10,80 €/mois"))));
		String exempt = Pdfs
			.text(this.mvc.perform(get("/quotes/{id}/pdf", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray())
			.replaceAll("\\s+", " ");
		assertThat(exempt).contains("TVA 0%").contains("TVA non applicable").doesNotContain("10,80 €/mois");
		this.jdbc.update(
				"update billing_point set vat_regime = 'SUBJECT' where id = (select billing_point_id from quote where id = ?)",
				quote);

		// a file that is not a PDF is refused by its content, nothing written
		this.mvc
			.perform(multipart("/quotes/{id}/attachments", quote)
				.file(new MockMultipartFile("file", "faux.pdf", "application/pdf",
						"<html>pas un pdf</html>".getBytes()))
				.with(csrf())
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("n&#39;est pas un PDF valide")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from quote_attachment where quote_id = ?", Long.class, quote))
			.isZero();
		this.mvc
			.perform(multipart("/quotes/{id}/attachments", quote)
				.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", Pdfs.minimal()))
				.with(csrf())
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		long attachment = this.jdbc.queryForObject("select id from quote_attachment where quote_id = ?", Long.class,
				quote);
		this.mvc
			.perform(get("/quotes/{id}/attachments/{a}", quote, attachment)
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(Pdfs.minimal()));
		// another reseller reads neither the quote's PDF nor its attachment
		this.mvc.perform(get("/quotes/{id}/pdf", quote).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/quotes/{id}/attachments/{a}", quote, attachment)
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("plan.pdf")))
			.andExpect(content().string(containsString("Pièce jointe insérée")))
			.andExpect(content().string(containsString("Récapitulatif vérifié")));
		// removing an attachment that is not the quote's is not found, and removes
		// nothing
		long other = this.jdbc.queryForObject(
				"select max(id) from quote where id <> ? and owner_id = " + "(select owner_id from quote where id = ?)",
				Long.class, quote, quote);
		this.mvc
			.perform(post("/quotes/{id}/attachments/{a}/remove", other, attachment).with(csrf())
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isNotFound());
		assertThat(
				this.jdbc.queryForObject("select count(*) from quote_attachment where id = ?", Long.class, attachment))
			.isOne();
	}

	@Test
	void theClientSignsThroughItsSingleUseLinkAndTheOrderIsPlacedOnce() throws Exception {
		long quote = quoteAtStepFour("Client signataire");
		String token = notifyAndReadLink(quote);
		assertThat(this.jdbc.queryForObject("select signing_token_hash from quote where id = ?", String.class, quote))
			.hasSize(64)
			.doesNotContain(token);
		assertThat(
				this.jdbc.queryForObject("select recipient from outbox_mail where body like ? order by id desc limit 1",
						String.class, "%" + token + "%"))
			.isEqualTo("nina@test.fr");

		// the public page, without logging in: the quote at client prices and its PDF
		this.mvc.perform(get("/signature/{t}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Client signataire")))
			.andExpect(content().string(containsString("10,80 €/mois")));
		byte[] pdf = this.mvc.perform(get("/signature/{t}/pdf", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("Appel(s) simu(s) SIP - Compteur");

		// a name is needed to sign: nothing recorded without it
		this.mvc.perform(post("/signature/{t}/accept", token).with(csrf()).param("signerName", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez vos nom et prénom")));
		assertThat(orders(quote)).isZero();

		this.mvc
			.perform(post("/signature/{t}/accept", token).with(csrf())
				.param("signerName", "Nina Roux")
				.header("User-Agent", "Navigateur de test"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("votre signature est enregistrée")));
		var signature = this.jdbc.queryForMap("select * from quote_signature where quote_id = ?", quote);
		assertThat(signature).containsEntry("decision", "ACCEPTED")
			.containsEntry("signer_name", "Nina Roux")
			.containsEntry("user_agent", "Navigateur de test")
			.containsEntry("pdf_sha256", sha256(pdf));
		assertThat(signature.get("ip_address")).isNotNull();
		assertThat(this.jdbc.queryForObject("select status from quote where id = ?", String.class, quote))
			.isEqualTo("VALIDATED");

		// the order, its OC and one FPC / CFP per unit, "Non défini"
		var order = this.jdbc.queryForMap("select * from customer_order where quote_id = ?", quote);
		assertThat((String) order.get("number")).matches("COM\\d+");
		assertThat(order).containsEntry("state", "DEPOSITED").containsEntry("order_type", "CREATION");
		assertThat(this.jdbc.queryForObject("select number from contracted_offer where id = ?", String.class,
				order.get("contracted_offer_id")))
			.matches("OC\\d+");
		assertThat(this.jdbc.queryForList("select number, state from contracted_sheet where contracted_offer_id = ?",
				order.get("contracted_offer_id")))
			.hasSize(3)
			.allSatisfy((sheet) -> assertThat((String) sheet.get("number")).startsWith("FPC"))
			.allSatisfy((sheet) -> assertThat(sheet).containsEntry("state", "UNDEFINED"));
		assertThat(this.jdbc.queryForList("select number from ordered_sheet where order_id = ?", String.class,
				order.get("id")))
			.hasSize(3)
			.allSatisfy((number) -> assertThat(number).startsWith("CFP"));

		// the link served once: a second answer changes nothing
		this.mvc.perform(post("/signature/{t}/refuse", token).with(csrf()).param("reason", "Trop cher"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("ce lien ne sert qu&#39;une fois")));
		assertThat(orders(quote)).isOne();
		assertThat(
				this.jdbc.queryForObject("select count(*) from quote_signature where quote_id = ?", Long.class, quote))
			.isOne();

		// the reseller is told, by mail and on its home page
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_mail where subject like ?", Long.class,
				"%signé par le client%"))
			.isPositive();
		this.mvc.perform(get("/").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Réponses de vos clients")))
			.andExpect(content().string(containsString("signé par Nina Roux")));
		this.mvc.perform(get("/").with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(content().string(not(containsString("signé par Nina Roux"))));
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString((String) order.get("number"))))
			.andExpect(content().string(not(containsString("Notifier le client pour validation"))));
	}

	@Test
	void alteredExpiredOrReplacedLinksShowAClearPageAndChangeNothing() throws Exception {
		long quote = quoteAtStepFour("Client au lien");
		String token = notifyAndReadLink(quote);
		String altered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
		this.mvc.perform(get("/signature/{t}", altered))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ce lien n&#39;est pas valide")));
		this.mvc.perform(post("/signature/{t}/accept", altered).with(csrf()).param("signerName", "Intrus"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/signature/{t}", "court")).andExpect(status().isNotFound());
		this.mvc.perform(get("/signature/{t}/pdf", altered)).andExpect(status().isNotFound());

		// the quote changes after it was sent: version 2, the link of version 1 is void
		ProductView calls = calls();
		String location = this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("quantities[" + calls.id() + "]", "5")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long second = idOf(location);
		assertThat(second).isNotEqualTo(quote);
		assertThat(this.jdbc.queryForMap("select quote_version, status, step from quote where id = ?", second))
			.containsEntry("quote_version", 2)
			.containsEntry("status", "DRAFT")
			.containsEntry("step", 3);
		assertThat(this.jdbc.queryForMap("select status, replaced_by_id from quote where id = ?", quote))
			.containsEntry("status", "SUPERSEDED")
			.containsEntry("replaced_by_id", second);
		this.mvc.perform(get("/signature/{t}", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("modifié depuis l&#39;envoi de ce lien")));
		this.mvc.perform(post("/signature/{t}/accept", token).with(csrf()).param("signerName", "Nina Roux"))
			.andExpect(status().isGone());
		assertThat(orders(quote) + orders(second)).isZero();
		// version 1 stays readable, not changeable, and compares with version 2
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remplacé")))
			.andExpect(content().string(not(containsString("Enregistrer le panier"))));
		this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("quantities[" + calls.id() + "]", "7")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from quote where number = (select number from quote where id = ?)", Long.class, quote))
			.isEqualTo(2);
		this.mvc
			.perform(get("/quotes/{id}/compare/{other}", second, quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15,00 €")))
			.andExpect(content().string(containsString("9,00 €")));

		// an expired quote's link says so
		long third = quoteAtStepFour("Client expiré");
		String late = notifyAndReadLink(third);
		this.jdbc.update("update quote set valid_until = current_date - 1 where id = ?", third);
		this.mvc.perform(get("/signature/{t}", late))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Ce devis a expiré")));
		this.mvc.perform(post("/signature/{t}/accept", late).with(csrf()).param("signerName", "Nina Roux"))
			.andExpect(status().isGone());
		assertThat(orders(third)).isZero();
	}

	@Test
	void aHundredSimultaneousSignaturesRecordOne() throws Exception {
		long quote = quoteAtStepFour("Client pressé");
		String token = notifyAndReadLink(quote);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<LinkState>> answers = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				String name = "Signataire " + i;
				answers.add(() -> (name.endsWith("7")) ? this.signing.refuse(token, "Non", "10.0.0.1", "test")
						: this.signing.accept(token, name, "10.0.0.1", "test"));
			}
			long recorded = 0;
			boolean accepted = false;
			List<Future<LinkState>> done = pool.invokeAll(answers);
			for (int i = 0; i < done.size(); i++) {
				if (done.get(i).get() == LinkState.VALID) {
					recorded++;
					accepted = !String.valueOf(i).endsWith("7");
				}
			}
			assertThat(recorded).isOne();
			// one order exactly when the answer recorded was a signature, none for a
			// refusal
			assertThat(orders(quote)).isEqualTo(accepted ? 1 : 0);
			assertThat(this.jdbc.queryForObject("select status from quote where id = ?", String.class, quote))
				.isEqualTo(accepted ? "VALIDATED" : "REFUSED");
		}
		finally {
			pool.shutdown();
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from quote_signature where quote_id = ?", Long.class, quote))
			.isOne();
	}

	@Test
	void aResellerValidatesOnItsClientsBehalfOnlyWhenTickedAndTheOperatorValidatesFinally() throws Exception {
		long quote = quoteAtStepFour("Client validé pour son compte");
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Cochez « Valider le devis pour le compte du client »")));
		this.mvc
			.perform(post("/quotes/{id}/final-validation", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/quotes/{id}/notify", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		assertThat(orders(quote)).isZero();
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		assertThat(orders(quote)).isOne();
		assertThat(this.jdbc.queryForObject("select validation_mode from quote where id = ?", String.class, quote))
			.isEqualTo("FOR_THE_CLIENT");

		// the operator's final validation, twice at once: one order
		long other = quoteAtStepFour("Client validé par l'opérateur");
		this.mvc.perform(get("/quotes/{id}", other).with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(containsString("Validation finale de la commande")))
			.andExpect(content().string(not(containsString("Valider le devis pour le compte du client"))));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> clicks = new ArrayList<>();
			long expected = version(other);
			for (int i = 0; i < 2; i++) {
				clicks.add(
						() -> this.mvc
							.perform(post("/quotes/{id}/final-validation", other).with(csrf())
								.param("version", String.valueOf(expected))
								.with(this.logins.as(DemoUsers.OPERATOR)))
							.andReturn()
							.getResponse()
							.getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> click : pool.invokeAll(clicks)) {
				statuses.add(click.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(orders(other)).isOne();
	}

	@Test
	void aProspectsQuoteWaitsForItsClientAccount() throws Exception {
		long quote = quoteAtStepFour("Futur client");
		this.jdbc.update("update company set prospect = true where id = (select client_id from quote where id = ?)",
				quote);
		this.mvc.perform(get("/quotes/{id}", quote).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Créer le compte client")))
			.andExpect(content().string(not(containsString("Notifier le client pour validation"))));
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("créez d&#39;abord le compte client")));
		this.mvc
			.perform(post("/quotes/{id}/notify", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent());
		assertThat(orders(quote)).isZero();
		assertThat(this.jdbc.queryForObject("select status from quote where id = ?", String.class, quote))
			.isEqualTo("DRAFT");

		// "Créer le compte client": one form; an incomplete one changes nothing
		long client = this.jdbc.queryForObject("select client_id from quote where id = ?", Long.class, quote);
		this.mvc
			.perform(get("/companies/{id}/client-account", client).param("quote", String.valueOf(quote))
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Création du point de facturation")))
			.andExpect(content().string(containsString("Identification du client")));
		Function<String, MockMultipartHttpServletRequestBuilder> accountWith = (
				rum) -> multipart("/companies/{id}/client-account", client).param("quote", String.valueOf(quote))
					.param("holder", "FUTUR CLIENT")
					.param("email", "compta@futur.fr")
					.param("paymentMode", "DIRECT_DEBIT")
					.param("paymentTerms", "DAYS_30")
					.param("vatRegime", "SUBJECT")
					.param("iban", "FR14 2004 1010 0505 0001 3M02 606")
					.param("bic", "PSSTFRPPPAR")
					.param("rum", rum)
					.param("address.streetNumber", "37")
					.param("address.street", "rue de Neuilly")
					.param("address.country", "France")
					.param("address.postalCode", "92110")
					.param("address.city", "CLICHY")
					.param("siren", "732829320")
					.param("adminCivility", "MR")
					.param("adminLastName", "Futur")
					.param("adminFirstName", "Paul")
					.param("adminPhone", "0102030405")
					.with(csrf())
					.with(this.logins.as(DemoUsers.RESELLER_ALPHA));
		var account = accountWith.apply("RUM-FUTUR-1");
		this.mvc.perform(account).andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.queryForObject("select prospect from company where id = ?", Boolean.class, client))
			.isTrue();
		// "Code rum *" for a direct debit, as guide 002 marks it
		this.mvc.perform(accountWith.apply("").param("adminEmail", "paul@futur.fr"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"rum-errors\"")));
		assertThat(this.jdbc.queryForObject("select prospect from company where id = ?", Boolean.class, client))
			.isTrue();
		this.mvc.perform(account.param("adminEmail", "paul@futur.fr"))
			.andExpect(redirectedUrlPattern("/quotes/" + quote + "*"));
		assertThat(this.jdbc.queryForObject("select prospect from company where id = ?", Boolean.class, client))
			.isFalse();
		assertThat(this.jdbc.queryForObject("select iban from billing_point where company_id = ? and is_default",
				String.class, client))
			.isEqualTo("FR1420041010050500013M02606");
		// paid by direct debit now: the sale needs its SEPA mandate, prefilled, before
		// its validation
		Map<String, Object> mandate = this.jdbc.queryForMap("select id, version, iban, rum, state from sales_form"
				+ " where quote_id = ? and form_type = 'SEPA_MANDATE'", quote);
		assertThat(mandate).containsEntry("iban", "FR1420041010050500013M02606")
			.containsEntry("rum", "RUM-FUTUR-1")
			.containsEntry("state", "TO_COMPLETE");
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Complétez d&#39;abord les formulaires de la vente : 1")));
		this.mvc
			.perform(post("/forms/{id}", mandate.get("id")).with(csrf())
				.param("version", String.valueOf(mandate.get("version")))
				.param("holder", "FUTUR CLIENT")
				.param("iban", "FR14 2004 1010 0505 0001 3M02 606")
				.param("bic", "PSSTFRPPPAR")
				.param("rum", "RUM-FUTUR-1")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/quotes/{id}/validate-for-client", quote).with(csrf())
				.param("version", String.valueOf(version(quote)))
				.param("onBehalf", "true")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().is3xxRedirection());
		assertThat(orders(quote)).isOne();
	}

}
