package fr.openip.myopenip.company;

import fr.openip.myopenip.company.domain.Company;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company module's API answers other modules by id, through the tenant filter: the
 * owner's reseller gets its client and what hangs from it, another reseller nothing, and
 * a child only under its own client.
 */
@PortalIntegrationTest
class CompaniesTest {

	@Autowired
	Companies companies;

	@Autowired
	TestClients clients;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	private void logInAs(String username) {
		var user = this.users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
	}

	@Test
	void partnerNamesAreThoseTheUserMaySeeAndNeverAClients() {
		long alpha = this.clients.resellerId("Alpha Télécom");
		long beta = this.clients.resellerId("Beta Réseaux");
		long client = this.clients.aClientOfAlpha("Client sans nom de partenaire").getId();
		logInAs(DemoUsers.OPERATOR);
		assertThat(this.companies.partnerNames(java.util.List.of(alpha, beta, client)))
			.containsExactlyInAnyOrderEntriesOf(java.util.Map.of(alpha, "Alpha Télécom", beta, "Beta Réseaux"));
		logInAs(DemoUsers.RESELLER_ALPHA);
		assertThat(this.companies.partnerNames(java.util.List.of(alpha, beta)))
			.containsExactlyInAnyOrderEntriesOf(java.util.Map.of(alpha, "Alpha Télécom"));
		assertThat(this.companies.partnerNames(java.util.List.of())).isEmpty();
	}

	@Test
	void theOwnersResellerGetsItsClientAndWhatHangsFromItAnotherResellerNothing() {
		Company client = this.clients.aClientOfAlpha("Client de l'API");
		long beta = this.clients.resellerId("Beta Réseaux");
		Company betaClient = this.clients.create("Client de Beta pour l'API", beta, false, 4);
		var file = this.clients.file(client.getId());
		long siteId = file.mainSite().getId();
		long contactId = file.contacts().get(0).getId();
		long pointId = file.billingPoints().get(0).getId();
		long betaSite = this.clients.file(betaClient.getId()).mainSite().getId();

		logInAs(DemoUsers.RESELLER_ALPHA);
		var view = this.companies.client(client.getId()).orElseThrow();
		assertThat(view.name()).isEqualTo("Client de l'API");
		assertThat(view.accountNumber()).startsWith("VTA-");
		assertThat(view.referentName()).isEqualTo("Alpha Télécom");
		assertThat(this.companies.sites(client.getId())).singleElement().satisfies((site) -> {
			assertThat(site.main()).isTrue();
			assertThat(site.name()).isEqualTo("Siège Social");
			assertThat(site.address().city()).isEqualTo("CLICHY");
		});
		assertThat(this.companies.site(client.getId(), siteId)).isPresent();
		assertThat(this.companies.billingPoint(client.getId(), pointId))
			.hasValueSatisfying((point) -> assertThat(point.vatApplies()).isTrue());
		assertThat(this.companies.contact(client.getId(), contactId))
			.hasValueSatisfying((contact) -> assertThat(contact.administrator()).isTrue());
		assertThat(this.companies.billingPoints(client.getId())).hasSize(1);
		assertThat(this.companies.contacts(client.getId())).hasSize(1);

		assertThat(this.companies.client(betaClient.getId())).as("another reseller's client").isEmpty();
		assertThat(this.companies.sites(betaClient.getId())).isEmpty();
		assertThat(this.companies.site(client.getId(), betaSite)).as("another's site under one's own client").isEmpty();
		assertThat(this.companies.site(betaClient.getId(), betaSite)).isEmpty();

		logInAs(DemoUsers.RESELLER_BETA);
		assertThat(this.companies.client(client.getId())).isEmpty();
		assertThat(this.companies.contact(client.getId(), contactId)).isEmpty();
		assertThat(this.companies.billingPoints(client.getId())).isEmpty();
		assertThat(this.companies.client(betaClient.getId())).isPresent();

		logInAs(DemoUsers.OPERATOR);
		assertThat(this.companies.client(client.getId())).isPresent();
		assertThat(this.companies.client(beta)).as("a partner company is not a client").isEmpty();
	}

	@Test
	void aResellerSeesItselfAsAPartnerNotAnotherTheStaffSeeThemAll() {
		long alpha = this.clients.resellerId("Alpha Télécom");
		long beta = this.clients.resellerId("Beta Réseaux");
		Company client = this.clients.aClientOfAlpha("Client, pas partenaire");

		logInAs(DemoUsers.RESELLER_ALPHA);
		assertThat(this.companies.partner(alpha)).hasValueSatisfying((partner) -> {
			assertThat(partner.name()).isEqualTo("Alpha Télécom");
			assertThat(partner.universe()).isEqualTo(CompanyUniverse.RESELLER);
			assertThat(partner.active()).isTrue();
		});
		assertThat(this.companies.partner(beta)).as("another reseller").isEmpty();

		logInAs(DemoUsers.ADMIN);
		assertThat(this.companies.partner(beta)).isPresent();
		assertThat(this.companies.partner(client.getId())).as("a client is not a partner").isEmpty();
		assertThat(this.companies.partners()).extracting(Companies.PartnerView::name)
			.contains("openIP", "Alpha Télécom", "Beta Réseaux", "Gamma Apporteurs")
			.doesNotContain("Client, pas partenaire");
	}

}
