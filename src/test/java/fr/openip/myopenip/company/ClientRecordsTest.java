package fr.openip.myopenip.company;

import fr.openip.myopenip.company.domain.HistoryEntry;
import fr.openip.myopenip.company.domain.Company;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clients and prospects once created: who sees them, their history, concurrent edits, and
 * the transformation of a prospect into a client.
 */
@PortalIntegrationTest
class ClientRecordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestClients clients;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aResellerNeverSeesAnotherResellersCompaniesInListsSearchesExportsOrPages() throws Exception {
		Company alphaClient = this.clients.aClientOfAlpha("Secret Alpha Client");
		Company alphaProspect = this.clients.aProspectOfAlpha("Secret Alpha Prospect", 4);
		String beta = DemoUsers.RESELLER_BETA;
		this.mvc.perform(get("/companies/clients").param("name", "Secret").with(this.logins.as(beta)))
			.andExpect(content().string(not(containsString("Secret Alpha"))));
		this.mvc
			.perform(get("/companies/clients").param("id", alphaClient.getId().toString()).with(this.logins.as(beta)))
			.andExpect(content().string(containsString("0 résultat(s)")));
		this.mvc.perform(get("/companies/prospects").with(this.logins.as(beta)))
			.andExpect(content().string(not(containsString("Secret Alpha"))));
		this.mvc.perform(get("/companies/contacts").param("company", "Secret").with(this.logins.as(beta)))
			.andExpect(content().string(not(containsString("Secret Alpha"))));
		String export = this.mvc.perform(get("/companies/clients/export").with(this.logins.as(beta)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).doesNotContain("Secret Alpha").contains("Imprimerie Rapide");
		for (String url : new String[] { "/companies/" + alphaClient.getId(), "/companies/" + alphaProspect.getId(),
				"/companies/" + alphaClient.getId() + "/edit" }) {
			this.mvc.perform(get(url).with(this.logins.as(beta)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Secret Alpha"))));
		}
		this.mvc.perform(post("/companies/{id}/disable", alphaClient.getId()).with(this.logins.as(beta)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/companies/clients").param("name", "Secret").with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(containsString("Secret Alpha Client")));
		this.mvc
			.perform(get("/companies/clients").param("name", "Secret")
				.param("referentId", String.valueOf(this.clients.resellerId("Beta Réseaux")))
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(not(containsString("Secret Alpha Client"))));
		this.mvc
			.perform(get("/companies/clients").param("name", "Secret")
				.param("referent", "beta")
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(not(containsString("Secret Alpha Client"))));
		this.mvc
			.perform(get("/companies/clients").param("name", "Secret")
				.param("referent", "ALPHA t")
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(content().string(containsString("Secret Alpha Client")));
		this.mvc
			.perform(get("/companies/clients").param("name", "Secret")
				.param("referent", "beta")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Secret Alpha Client")))
			.andExpect(content().string(not(containsString("id=\"f-referent\""))));
	}

	@Test
	void aResellerOpeningItsOwnCompanyIsToldNotFoundAsForAnyCompanyNotItsClient() throws Exception {
		long alpha = this.clients.resellerId("Alpha Télécom");
		Company client = this.clients.aClientOfAlpha("Client De Alpha Visible");
		this.mvc.perform(get("/companies/{id}", client.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Client De Alpha Visible")));
		for (String url : new String[] { "/companies/" + alpha, "/companies/" + alpha + "/edit" }) {
			this.mvc.perform(get(url).with(this.logins.as(DemoUsers.RESELLER_ALPHA))).andExpect(status().isNotFound());
		}
	}

	@Test
	void everyChangeIsInTheHistoryWithWhoAndWhat() throws Exception {
		Company client = this.clients.aClientOfAlpha("Historique SARL");
		this.mvc
			.perform(post("/companies/{id}/edit", client.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA))
				.with(csrf())
				.param("name", "Historique SAS")
				.param("clientReference", "REF")
				.param("inCreation", "false")
				.param("siren", TestClients.SIREN)
				.param("legalForm", "SAS")
				.param("universe", "END_CLIENT")
				.param("guaranteeType", "NONE")
				.param("version", String.valueOf(client.getVersion())))
			.andExpect(redirectedUrl("/companies/" + client.getId()));
		this.mvc
			.perform(post("/companies/{id}/disable", client.getId()).with(this.logins.as(DemoUsers.OPERATOR))
				.with(csrf()))
			.andExpect(flash().attribute("successKey", "company.disabled"));

		var history = this.clients.file(client.getId()).history();
		assertThat(history.get(0).getAction()).isEqualTo(HistoryEntry.Action.STATE_CHANGED);
		assertThat(history.get(0).getActor()).isEqualTo(DemoUsers.OPERATOR);
		assertThat(history.get(1).getActor()).isEqualTo(DemoUsers.RESELLER_ALPHA);
		assertThat(history.get(1).getDetail()).contains("Raison sociale : « Historique SARL » → « Historique SAS »");
		this.mvc.perform(get("/companies/{id}", client.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Désactivé(e)")))
			.andExpect(content().string(containsString("Historique SAS")));
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndKeepsWhatItsUserTyped() throws Exception {
		Company client = this.clients.aClientOfAlpha("Concurrence");
		for (String name : new String[] { "Premier Éditeur", "Second Éditeur" }) {
			this.mvc.perform(post("/companies/{id}/edit", client.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA))
				.with(csrf())
				.param("name", name)
				.param("clientReference", "REF")
				.param("inCreation", "true")
				.param("universe", "END_CLIENT")
				.param("guaranteeType", "NONE")
				.param("version", String.valueOf(client.getVersion())));
		}
		this.mvc
			.perform(post("/companies/{id}/edit", client.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA))
				.with(csrf())
				.param("name", "Troisième")
				.param("clientReference", "REF")
				.param("inCreation", "true")
				.param("version", String.valueOf(client.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Troisi&egrave;me")))
			.andExpect(content().string(containsString("Un autre utilisateur a modifié")));
		assertThat(this.clients.file(client.getId()).company().getName()).isEqualTo("Premier Éditeur");
	}

	@Test
	void aProspectBecomesAClientOnlyOnceItHasABillingPointAndAnAdministrator() throws Exception {
		Company incomplete = this.clients.aProspectOfAlpha("Prospect Incomplet", 2);
		this.mvc
			.perform(
					post("/companies/{id}/transform", incomplete.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA))
						.with(csrf()))
			.andExpect(flash().attribute("errorKey", "company.error.transformNeedsBillingPoint"));
		assertThat(this.clients.file(incomplete.getId()).company().isProspect()).isTrue();

		Company complete = this.clients.aProspectOfAlpha("Prospect Complet", 4);
		this.mvc
			.perform(post("/companies/{id}/transform", complete.getId()).with(this.logins.as(DemoUsers.RESELLER_ALPHA))
				.with(csrf()))
			.andExpect(flash().attribute("successKey", "company.transformed"));
		this.mvc
			.perform(get("/companies/clients").param("id", complete.getId().toString())
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Prospect Complet")));
		this.mvc
			.perform(get("/companies/prospects").param("name", "Prospect Complet")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("0 résultat(s)")));
	}

	@Test
	void theProspectListShowsTheWizardStepAndTheCityOfTheMainSite() throws Exception {
		Company prospect = this.clients.aProspectOfAlpha("Étape Deux Prospect", 2);
		this.mvc
			.perform(get("/companies/prospects").param("name", "Étape Deux")
				.with(this.logins.as(DemoUsers.RESELLER_ALPHA)))
			.andExpect(content().string(containsString("Création - étape 2")))
			.andExpect(content().string(containsString("92110 CLICHY")))
			.andExpect(content().string(containsString("/companies/" + prospect.getId() + "/wizard/3")));
	}

	@Test
	void theClientPageLoadsInABoundedNumberOfStatements() throws Exception {
		Company client = this.clients.aClientOfAlpha("Requêtes Bornées");
		var reseller = this.logins.as(DemoUsers.RESELLER_ALPHA);
		var operator = this.logins.as(DemoUsers.OPERATOR);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		this.mvc.perform(get("/companies/{id}", client.getId()).with(reseller)).andExpect(status().isOk());
		long statements = statistics.getPrepareStatementCount();
		statistics.clear();
		this.mvc.perform(get("/companies/clients").with(operator)).andExpect(status().isOk());
		long listStatements = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		assertThat(statements).isBetween(1L, 8L);
		// the count, then the page
		assertThat(listStatements).isEqualTo(2L);
	}

}
