package fr.openip.myopenip.company;

import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.company.domain.Contact;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class ClientWizardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestClients clients;

	@Autowired
	JdbcTemplate jdbc;

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B asAlpha(B request) {
		return request.with(this.logins.as(DemoUsers.RESELLER_ALPHA)).with(csrf());
	}

	private MockHttpServletRequestBuilder stepOne(String name) {
		return asAlpha(post("/companies/clients/new")).param("name", name)
			.param("clientReference", "REF-1")
			.param("inCreation", "false")
			.param("siren", TestClients.SIREN)
			.param("legalForm", "SAS")
			.param("universe", "END_CLIENT")
			.param("guaranteeType", "NONE");
	}

	private static long idFrom(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.replaceAll("^/companies/(\\d+)/.*$", "$1"));
	}

	private MockHttpServletRequestBuilder stepTwo(long id, String action) {
		return stepTwo(id, action, TestClients.SIRET);
	}

	private MockHttpServletRequestBuilder stepTwo(long id, String action, String siret) {
		return asAlpha(post("/companies/{id}/wizard/2", id)).param("action", action)
			.param("siret", siret)
			.param("phone", "02 47 00 00 00")
			.param("address.streetNumber", "0000")
			.param("address.street", "rue de la république")
			.param("address.country", "France")
			.param("address.postalCode", "37550")
			.param("address.city", "SAINT AVERTIN");
	}

	private MockMultipartHttpServletRequestBuilder stepThree(long id) {
		return billingPoint(asAlpha(multipart("/companies/{id}/wizard/3", id)).param("action", "continue"));
	}

	/** A billing point paid by cheque, at the client's address. */
	private static MockMultipartHttpServletRequestBuilder billingPoint(MockMultipartHttpServletRequestBuilder form) {
		return form.param("defaultPoint", "true")
			.param("holder", "DEFAUT")
			.param("email", "compta@openip.fr")
			.param("paymentMode", "CHEQUE")
			.param("paymentTerms", "DAYS_30")
			.param("vatRegime", "SUBJECT")
			.param("paperInvoice", "false")
			.param("address.streetNumber", "0000")
			.param("address.street", "rue de la république")
			.param("address.country", "France")
			.param("address.postalCode", "37550")
			.param("address.city", "SAINT AVERTIN");
	}

	@Test
	void aResellerCreatesAClientThroughTheFourStepsAndItBecomesItsClient() throws Exception {
		long id = idFrom(this.mvc.perform(stepOne("Boulangerie Guide").param("action", "continue"))
			.andExpect(status().is3xxRedirection())
			.andReturn());
		this.mvc.perform(stepTwo(id, "continue")).andExpect(redirectedUrl("/companies/" + id + "/wizard/3"));
		this.mvc.perform(stepThree(id)).andExpect(redirectedUrl("/companies/" + id + "/wizard/4"));
		this.mvc
			.perform(asAlpha(post("/companies/{id}/wizard/4", id)).param("action", "continue")
				.param("civility", "MR")
				.param("lastName", "Dupain")
				.param("firstName", "Jean")
				.param("phone", "0601020304")
				.param("email", "jean@dupain.fr")
				.param("functions", "SALES_ADMINISTRATION", "GENERAL_MANAGEMENT"))
			.andExpect(redirectedUrl("/companies/" + id))
			.andExpect(flash().attribute("successKey", "company.wizard.clientCreated"));

		var file = this.clients.file(id);
		assertThat(file.company().getState()).isEqualTo(CompanyState.ACTIVE);
		assertThat(file.company().getReferent().getName()).isEqualTo("Alpha Télécom");
		assertThat(file.mainSite().getAddress().city()).isEqualTo("SAINT AVERTIN");
		assertThat(file.billingPoints()).singleElement()
			.satisfies(point -> assertThat(point.isDefaultPoint()).isTrue());
		assertThat(file.contacts()).singleElement().satisfies(contact -> {
			assertThat(contact.isAdministrator()).isTrue();
			assertThat(contact.getFunctions()).containsExactlyInAnyOrder(Contact.Function.SALES_ADMINISTRATION,
					Contact.Function.GENERAL_MANAGEMENT);
		});
		this.mvc.perform(get("/companies/{id}", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Boulangerie Guide")))
			.andExpect(content().string(containsString("Client créé")));
	}

	@Test
	void everyClientHasAnAccountNumberAndItsMainSiteIsTheSiegeSocialUntilRenamed() throws Exception {
		long id = idFrom(this.mvc.perform(stepOne("Compte Client Guide").param("action", "continue")).andReturn());
		this.mvc.perform(get("/companies/{id}/wizard/2", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Nom du site")))
			.andExpect(content().string(containsString("value=\"Si&egrave;ge Social\"")));
		this.mvc.perform(stepTwo(id, "continue")).andExpect(redirectedUrl("/companies/" + id + "/wizard/3"));

		var file = this.clients.file(id);
		assertThat(file.mainSite().getName()).as("no name typed").isEqualTo("Siège Social");
		assertThat(file.company().getAccountNumber()).matches("VTA-\\d+");
		this.mvc.perform(get("/companies/{id}", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Compte client")))
			.andExpect(content().string(containsString(file.company().getAccountNumber())))
			.andExpect(content().string(containsString("Siège Social")));

		this.mvc.perform(stepTwo(id, "continue").param("name", "Agence de Tours"));
		assertThat(this.clients.file(id).mainSite().getName()).isEqualTo("Agence de Tours");
		assertThat(this.jdbc.queryForObject("select count(distinct account_number) = count(*) from company",
				Boolean.class))
			.as("account numbers are unique")
			.isTrue();
	}

	@Test
	void theClientsAdministratorNeedsATelephoneWhereTheProspectsDoesNot() throws Exception {
		long client = idFrom(
				this.mvc.perform(stepOne("Client Sans Téléphone").param("action", "continue")).andReturn());
		this.mvc.perform(stepTwo(client, "continue"));
		this.mvc.perform(stepThree(client));
		this.mvc.perform(administrator(client))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", "phone"));
		assertThat(this.clients.file(client).contacts()).as("nothing saved").isEmpty();

		long prospect = this.clients.aProspectOfAlpha("Prospect Sans Téléphone", 3).getId();
		assertThat(phoneInputOfStepFour(client)).contains("required");
		assertThat(phoneInputOfStepFour(prospect)).doesNotContain("required");
		this.mvc.perform(administrator(prospect)).andExpect(redirectedUrl("/companies/" + prospect));
		assertThat(this.clients.file(prospect).contacts()).singleElement()
			.satisfies((contact) -> assertThat(contact.getPhone()).isNull());
	}

	private String phoneInputOfStepFour(long id) throws Exception {
		String page = this.mvc
			.perform(get("/companies/{id}/wizard/4", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var input = java.util.regex.Pattern.compile("<input[^>]*name=\"phone\"[^>]*>").matcher(page);
		assertThat(input.find()).isTrue();
		return input.group();
	}

	private MockHttpServletRequestBuilder administrator(long id) {
		return asAlpha(post("/companies/{id}/wizard/4", id)).param("action", "continue")
			.param("civility", "MR")
			.param("lastName", "Sansfil")
			.param("firstName", "Paul")
			.param("email", "paul@sansfil.fr");
	}

	@Test
	void aDraftSavedAtStepTwoIsFoundByItsStateAndResumesAtStepTwo() throws Exception {
		long id = idFrom(this.mvc.perform(stepOne("Brouillon Étape Deux").param("action", "continue")).andReturn());
		this.mvc.perform(asAlpha(post("/companies/{id}/wizard/2", id)).param("action", "draft").param("phone", "0247"))
			.andExpect(redirectedUrl("/companies/clients?state=DRAFT"))
			.andExpect(flash().attribute("successKey", "company.wizard.draftSaved"));

		this.mvc
			.perform(get("/companies/clients").param("state", "DRAFT").with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Brouillon Étape Deux")))
			.andExpect(content().string(containsString("/companies/" + id + "/wizard/2")));
		this.mvc.perform(get("/companies/{id}/wizard/4", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(redirectedUrl("/companies/" + id + "/wizard/2"));
		this.mvc.perform(get("/companies/{id}/wizard/2", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"0247\"")));
		assertThat(this.clients.file(id).company().getState()).isEqualTo(CompanyState.DRAFT);
	}

	@Test
	void stepOneRefusesEachBadFieldBesideItAndKeepsWhatWasTyped() throws Exception {
		int before = count();
		this.mvc
			.perform(asAlpha(post("/companies/clients/new")).param("action", "continue")
				.param("name", "Société Incomplète")
				.param("inCreation", "false")
				.param("siren", "732829321")
				.param("salesEmail", "pas-un-email")
				.param("guaranteeType", "DEPOSIT")
				.param("deposit", "-5"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "clientReference", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siren", "company.siren.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "salesEmail", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("form", "deposit", "DecimalMin"))
			.andExpect(content().string(containsString("Le SIREN doit compter 9 chiffres avec une clé valide.")))
			.andExpect(model().attribute("form",
					org.hamcrest.Matchers.hasProperty("name", org.hamcrest.Matchers.is("Société Incomplète"))))
			.andExpect(content().string(containsString("value=\"Soci&eacute;t&eacute; Incompl&egrave;te\"")));
		this.mvc
			.perform(asAlpha(post("/companies/clients/new")).param("action", "continue")
				.param("name", "Sans SIREN")
				.param("clientReference", "R")
				.param("inCreation", "false"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siren", "NotBlank"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aCompanyBeingRegisteredNeedsNoSiren() throws Exception {
		this.mvc
			.perform(asAlpha(post("/companies/clients/new")).param("action", "continue")
				.param("name", "En Création")
				.param("clientReference", "R")
				.param("inCreation", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aReplacedRibIsRemovedAndServedToNobody() throws Exception {
		long id = this.clients.aProspectOfAlpha("RIB Remplacé", 2).getId();
		this.mvc
			.perform(stepThree(id)
				.file(new MockMultipartFile("rib", "ancien-rib.pdf", "application/pdf", Pdfs.minimal())))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> point = this.jdbc
			.queryForMap("select id, rib_id, version from billing_point where company_id = ?", id);
		long former = ((Number) point.get("rib_id")).longValue();
		this.mvc.perform(asAlpha(get("/companies/{id}/files/{file}", id, former))).andExpect(status().isOk());

		this.mvc
			.perform(billingPoint(asAlpha(multipart("/companies/{id}/billing-points/{point}", id, point.get("id")))
				.file(new MockMultipartFile("rib", "nouveau-rib.pdf", "application/pdf", Pdfs.minimal()))
				.param("version", point.get("version").toString())))
			.andExpect(status().is3xxRedirection());
		long current = this.jdbc.queryForObject("select rib_id from billing_point where id = ?", Long.class,
				point.get("id"));
		assertThat(current).isNotEqualTo(former);
		assertThat(this.jdbc.queryForList("select filename from stored_file where company_id = ?", String.class, id))
			.containsExactly("nouveau-rib.pdf");
		this.mvc.perform(asAlpha(get("/companies/{id}/files/{file}", id, former))).andExpect(status().isNotFound());
		this.mvc.perform(asAlpha(get("/companies/{id}/files/{file}", id, current))).andExpect(status().isOk());
		this.mvc.perform(asAlpha(get("/companies/{id}", id)))
			.andExpect(content().string(containsString("remplace ancien-rib.pdf, supprimé")));
	}

	@Test
	void stepThreeRefusesBadBankDetailsAndAddress() throws Exception {
		long id = this.clients.aProspectOfAlpha("Banque Mauvaise", 2).getId();
		this.mvc
			.perform(asAlpha(multipart("/companies/{id}/wizard/3", id)).param("action", "continue")
				.param("paymentMode", "DIRECT_DEBIT")
				.param("paymentTerms", "OTHER")
				.param("iban", "FR1420041010050500013M02607")
				.param("bic", "BNP1FRPP")
				.param("email", "facture")
				.param("address.country", "France")
				.param("address.postalCode", "9211"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "holder", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("form", "vatRegime", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "paymentTermsDays", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "iban", "company.iban.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "bic", "company.bic.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "address.postalCode", "company.postalCode.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "address.street", "NotBlank"));
		assertThat(this.clients.file(id).billingPoints()).isEmpty();
	}

	@Test
	void aSiretMustBelongToTheClientsSiren() throws Exception {
		long id = idFrom(this.mvc.perform(stepOne("Siret Étranger").param("action", "continue")).andReturn());
		this.mvc.perform(stepTwo(id, "continue", "55210055400013"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siret", "company.siret.notOfSiren"));
		this.mvc.perform(stepTwo(id, "continue", "73282932000075"))
			.andExpect(model().attributeHasFieldErrorCode("form", "siret", "company.siret.invalid"));
	}

	@Test
	void aRenamedNonPdfAndATooLargePdfAreRefusedAndNothingIsSaved() throws Exception {
		long id = this.clients.aProspectOfAlpha("Pièces Jointes", 2).getId();
		var fake = new MockMultipartFile("sepaMandate", "mandat.pdf", "application/pdf",
				"MZ this is an executable".getBytes(StandardCharsets.UTF_8));
		this.mvc
			.perform(stepThree(id).file(fake)
				.param("paymentMode", "DIRECT_DEBIT")
				.param("iban", "FR1420041010050500013M02606")
				.param("bic", "PSSTFRPPPAR"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "sepaMandate", "file.error.notPdf"));
		byte[] big = new byte[21 * 1024 * 1024];
		System.arraycopy(Pdfs.minimal(), 0, big, 0, Pdfs.minimal().length);
		this.mvc.perform(stepThree(id).file(new MockMultipartFile("rib", "rib.pdf", "application/pdf", big)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "rib", "file.error.tooLarge"));
		assertThat(this.clients.file(id).billingPoints()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file where company_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aRealPdfIsKeptAndServedBackToItsReseller() throws Exception {
		long id = this.clients.aProspectOfAlpha("Avec RIB", 2).getId();
		this.mvc.perform(stepThree(id).file(new MockMultipartFile("rib", "rib.pdf", "application/pdf", Pdfs.minimal())))
			.andExpect(redirectedUrl("/companies/" + id + "/wizard/4"));
		Long fileId = this.jdbc.queryForObject("select id from stored_file where company_id = ?", Long.class, id);
		this.mvc.perform(get("/companies/{id}/files/{file}", id, fileId).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(Pdfs.minimal()));
		this.mvc.perform(get("/companies/{id}/files/{file}", id, fileId).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aHugeNameAndScriptTagsAreRefusedOrShownEscaped() throws Exception {
		this.mvc.perform(stepOne("x".repeat(10_000)).param("action", "continue"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "Size"));
		String script = "<script>alert('x')</script>";
		long id = idFrom(this.mvc
			.perform(stepOne(script).param("comment", script)
				.param("clientReference", script)
				.param("website", script)
				.param("action", "continue"))
			.andReturn());
		this.mvc.perform(get("/companies/{id}", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert")));
	}

	@Test
	void generateTheMandateGivesARealPdfFilledFromTheForm() throws Exception {
		long id = this.clients.aProspectOfAlpha("Mandat Généré", 2).getId();
		byte[] pdf = this.mvc
			.perform(asAlpha(multipart("/companies/{id}/wizard/3/mandate", id)).param("holder", "DUPAIN")
				.param("iban", "FR1420041010050500013M02606")
				.param("bic", "PSSTFRPPPAR"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		fr.openip.myopenip.shared.pdf.PdfDocuments.check(pdf);
		String text = Pdfs.text(pdf);
		assertThat(text).contains("DUPAIN")
			.contains("FR1420041010050500013M02606")
			.contains("Mandat de prélèvement SEPA");
	}

	@Test
	void theOrderDeskReadsClientsButCannotCreateOrChangeThem() throws Exception {
		long id = this.clients.aClientOfAlpha("Lecture Seule").getId();
		this.mvc.perform(get("/companies/{id}", id).with(this.logins.as(DemoUsers.ADV))).andExpect(status().isOk());
		this.mvc.perform(get("/companies/clients/new").with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/companies/{id}/disable", id).with(this.logins.as(DemoUsers.ADV)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.clients.file(id).company().getState()).isEqualTo(CompanyState.ACTIVE);
	}

	@Test
	void anOperatorPicksTheReferentOfANewClient() throws Exception {
		long beta = this.clients.resellerId("Beta Réseaux");
		long id = idFrom(this.mvc
			.perform(post("/companies/clients/new").with(this.logins.as(DemoUsers.OPERATOR))
				.with(csrf())
				.param("name", "Choisi Par Opérateur")
				.param("clientReference", "R")
				.param("inCreation", "true")
				.param("referentId", String.valueOf(beta))
				.param("action", "continue"))
			.andReturn());
		assertThat(this.clients.file(id).company().getReferent().getId()).isEqualTo(beta);
		this.mvc.perform(get("/companies/{id}", id).with(this.logins.as(DemoUsers.RESELLER_BETA)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/companies/{id}", id).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isNotFound());
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from company", Integer.class);
	}

}
