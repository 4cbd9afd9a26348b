package fr.openip.myopenip.quote;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
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
import fr.openip.myopenip.shared.pdf.Seals;
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
 * One envelope, one signature: a sale with a number to port, paid by direct debit, goes
 * to its client with its quote and both forms; the client reads each and signs once; the
 * forms are signed and the portal seals the envelope — a PAdES signature read back with
 * PDFBox and BouncyCastle, that fails once a byte has changed. Refusing refuses every
 * form; the quote's next version gives them back to correct.
 */
@PortalIntegrationTest
class EnvelopeTest {

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
		return request.with(alpha());
	}

	private List<Map<String, Object>> formsOf(long quote) {
		return this.jdbc.queryForList("select id, form_type, state, rio, document_sha256, decided_at, quote_id"
				+ " from sales_form where quote_number = (select number from quote where id = ?) order by form_type",
				quote);
	}

	private static long id(Map<String, Object> row) {
		return ((Number) row.get("id")).longValue();
	}

	/**
	 * A quote of one number to port, paid by direct debit, at step 4 with both its forms
	 * completed.
	 */
	private long saleReadyToSend(String clientName) throws Exception {
		Company client = this.clients.aClientOfAlpha(clientName);
		var file = this.clients.file(client.getId());
		long point = file.billingPoints().get(0).getId();
		this.jdbc.update("update billing_point set payment_mode = 'DIRECT_DEBIT', iban = 'FR7630006000011234567890189',"
				+ " bic = 'AGRIFRPP', rum = 'RUM-ENV-0001' where id = ?", point);
		ProductView porting = portingProduct();
		String location = this.mvc
			.perform(post("/quotes").with(csrf())
				.param("clientId", String.valueOf(client.getId()))
				.param("offerId", String.valueOf(porting.offerId()))
				.param("quantities[" + porting.id() + "]", "1")
				.with(alpha()))
			.andExpect(redirectedUrlPattern("/quotes/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long quote = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
		this.mvc
			.perform(post("/quotes/{id}/proceed", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		List<Map<String, Object>> forms = formsOf(quote);
		assertThat(forms).extracting((form) -> form.get("form_type"))
			.containsExactly("PORTING_MANDATE", "SEPA_MANDATE");
		this.mvc
			.perform(completion(id(forms.get(0)),
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01F123456GXH", "holder",
							clientName, "desiredOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(12).toString())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(completion(id(forms.get(1)), Map.of("holder", clientName, "iban", "FR7630006000011234567890189",
					"bic", "AGRIFRPP", "rum", "RUM-ENV-0001")))
			.andExpect(status().is3xxRedirection());
		return quote;
	}

	private String notifyAndReadLink(long quote) throws Exception {
		this.mvc
			.perform(post("/quotes/{id}/notify", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.with(alpha()))
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

	@Test
	void theClientSignsTheQuoteAndItsFormsOnceAndThePortalSealsTheEnvelope() throws Exception {
		long quote = saleReadyToSend("Client de l'Enveloppe");
		String token = notifyAndReadLink(quote);
		List<Map<String, Object>> forms = formsOf(quote);
		assertThat(forms).allSatisfy((form) -> assertThat(form.get("document_sha256")).isNotNull());

		// the client reads the quote and each form, as frozen
		this.mvc.perform(get("/signature/{t}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Documents à signer (3)")))
			.andExpect(content().string(containsString("Mandat de portabilité")))
			.andExpect(content().string(containsString("Mandat de prélèvement SEPA")));
		for (Map<String, Object> form : forms) {
			byte[] pdf = this.mvc.perform(get("/signature/{t}/forms/{id}", token, id(form)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(sha256(pdf)).isEqualTo(form.get("document_sha256"));
		}
		long othersForm = this.jdbc.queryForObject(
				"select min(id) from sales_form where quote_number <>" + " (select number from quote where id = ?)",
				Long.class, quote);
		this.mvc.perform(get("/signature/{t}/forms/{id}", token, othersForm)).andExpect(status().isNotFound());

		// while the client holds them, the forms change no more
		this.mvc
			.perform(completion(id(forms.get(0)),
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01Z1234560S+", "holder",
							"Autre", "desiredOn", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(12).toString())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("chez le client pour signature")));
		assertThat(formsOf(quote).get(0)).containsEntry("rio", "01F123456GXH");

		// signed once
		this.mvc
			.perform(post("/signature/{t}/accept", token).with(csrf())
				.param("signerName", "Claire Martin")
				.header("User-Agent", "EnvelopeTest/1.0"))
			.andExpect(status().isOk());
		assertThat(formsOf(quote)).allSatisfy((form) -> {
			assertThat(form.get("state")).isEqualTo("SIGNED");
			assertThat(form.get("decided_at")).isNotNull();
		});
		this.mvc
			.perform(get("/forms")
				.param("quote", this.jdbc.queryForObject("select number from quote where id = ?", String.class, quote))
				.with(alpha()))
			.andExpect(content().string(containsString("2 résultat(s)")))
			.andExpect(content().string(containsString("Signé</span>")));

		// the OC's porting takes what the mandate says: typed once
		assertThat(this.jdbc.queryForMap("select s.porting_number, s.donor_operator, s.rio from contracted_sheet s"
				+ " join customer_order o on o.contracted_offer_id = s.contracted_offer_id"
				+ " where o.quote_id = ? and s.portability", quote))
			.containsEntry("porting_number", "0142685300")
			.containsEntry("donor_operator", "Orange")
			.containsEntry("rio", "01F123456GXH");

		// the envelope: the reseller's, sealed
		this.mvc.perform(get("/quotes/{id}/envelope", quote).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/quotes/{id}", quote).with(alpha()))
			.andExpect(content().string(containsString("Enveloppe signée (PDF scellé)")));
		byte[] envelope = this.mvc.perform(get("/quotes/{id}/envelope", quote).with(alpha()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(sha256(envelope)).isEqualTo(
				this.jdbc.queryForObject("select sha256 from quote_envelope where quote_id = ?", String.class, quote));
		assertThat(Seals.verify(envelope)).isTrue();
		String quoteSha = this.jdbc.queryForObject("select sha256 from quote_document where quote_id = ?", String.class,
				quote);
		try (PDDocument document = Loader.loadPDF(envelope)) {
			PDSignature seal = document.getLastSignatureDictionary();
			assertThat(seal.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			int[] range = seal.getByteRange();
			assertThat(range[0]).isZero();
			assertThat(range[2] + range[3]).as("the seal covers the whole file but itself").isEqualTo(envelope.length);
			CMSSignedData cms = Seals.signedData(envelope);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
				.as("PAdES B-B: the signing certificate is signed")
				.isNotNull();
			assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
				.as("PAdES B-B: the time is the dictionary's, not the CMS's")
				.isNull();
			String certificate = new PDFTextStripper().getText(document);
			assertThat(certificate).contains("Certificat de complétion", "Claire Martin", "EnvelopeTest/1.0");
			// each fingerprint, printed on two lines
			assertThat(certificate.replaceAll("\\s", "")).contains(quoteSha)
				.contains(forms.stream().map((form) -> (String) form.get("document_sha256")).toList());
			assertThat(document.getNumberOfPages()).as("the quote, the two forms, the certificate")
				.isEqualTo(pages(this.jdbc.queryForObject("select content from quote_document where quote_id = ?",
						byte[].class, quote)) + 3);
		}

		// one byte changed anywhere it covers: the seal no longer verifies
		for (int at : new int[] { envelope.length / 3, envelope.length - 2 }) {
			byte[] altered = envelope.clone();
			altered[at] = (byte) (altered[at] ^ 0x01);
			assertThat(Seals.verify(altered)).as("byte " + at + " changed").isFalse();
		}
	}

	@Test
	void refusingTheEnvelopeRefusesEveryFormAndTheNextVersionGivesThemBack() throws Exception {
		long quote = saleReadyToSend("Client du Refus d'Enveloppe");
		String token = notifyAndReadLink(quote);
		this.mvc.perform(post("/signature/{t}/refuse", token).with(csrf()).param("reason", "Mauvais RIO"))
			.andExpect(status().isOk());
		assertThat(formsOf(quote)).extracting((form) -> form.get("state")).containsOnly("REFUSED");
		assertThat(
				this.jdbc.queryForObject("select count(*) from quote_envelope where quote_id = ?", Long.class, quote))
			.isZero();
		// "Modifier": the next version, its forms to correct again
		ProductView porting = portingProduct();
		this.mvc
			.perform(post("/quotes/{id}/basket", quote).with(csrf())
				.param("version", String.valueOf(version("quote", quote)))
				.param("quantities[" + porting.id() + "]", "1")
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		long next = this.jdbc.queryForObject(
				"select max(id) from quote where number = (select number from quote" + " where id = ?)", Long.class,
				quote);
		assertThat(next).isNotEqualTo(quote);
		long latest = next;
		assertThat(formsOf(next)).allSatisfy((form) -> {
			assertThat(form.get("state")).isEqualTo("COMPLETED");
			assertThat(form.get("document_sha256")).isNull();
			assertThat(((Number) form.get("quote_id")).longValue()).isEqualTo(latest);
		});
		this.mvc
			.perform(completion(id(formsOf(next).get(0)),
					Map.of("donorOperator", "Orange", "portingNumber", "0142685300", "rio", "01Z1234560S+", "holder",
							"Client du Refus", "desiredOn",
							LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(12).toString())))
			.andExpect(status().is3xxRedirection());
		assertThat(formsOf(next).get(0)).containsEntry("rio", "01Z1234560S+");
	}

	private static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

}
