package fr.openip.myopenip.shared.db;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second wall: PostgreSQL itself keeps a reseller to its own rows, even through plain
 * SQL that forgets the Hibernate filter.
 */
@PortalIntegrationTest
class RowLevelSecurityTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClients clients;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void plainSqlOfAResellerReadsOnlyItsOwnCompaniesAndWhatHangsFromThem() {
		Company alphaClient = this.clients.aClientOfAlpha("Client caché par PostgreSQL");
		long alpha = this.clients.resellerId("Alpha Télécom");
		long beta = this.clients.resellerId("Beta Réseaux");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		logInAs(DemoUsers.RESELLER_BETA);
		List<Long> seenByBeta = jdbc.queryForList("select id from company", Long.class);
		assertThat(seenByBeta).contains(beta).doesNotContain(alpha, alphaClient.getId());
		assertThat(jdbc.queryForObject("select count(*) from company where referent_id <> ? or referent_id is null",
				Long.class, beta))
			.as("beta sees only itself and its own clients")
			.isEqualTo(1L);
		for (String table : List.of("site", "billing_point", "contact", "company_history")) {
			assertThat(jdbc.queryForObject("select count(*) from " + table + " where company_id = ?", Long.class,
					alphaClient.getId()))
				.as(table)
				.isZero();
		}

		logInAs(DemoUsers.RESELLER_ALPHA);
		assertThat(jdbc.queryForList("select id from company", Long.class)).contains(alpha, alphaClient.getId())
			.doesNotContain(beta);
		assertThat(jdbc.queryForObject("select count(*) from contact where company_id = ?", Long.class,
				alphaClient.getId()))
			.isEqualTo(1L);

		logInAs(DemoUsers.OPERATOR);
		assertThat(jdbc.queryForList("select id from company", Long.class)).contains(alpha, beta, alphaClient.getId());
	}

	@Test
	void plainSqlOfAResellerCannotChangeOrCreateAnotherResellersRows() {
		Company alphaClient = this.clients.aClientOfAlpha("Client protégé par PostgreSQL");
		long alpha = this.clients.resellerId("Alpha Télécom");
		long beta = this.clients.resellerId("Beta Réseaux");
		Company betaClient = this.clients.create("Client de Beta", beta, false, 1);
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);

		logInAs(DemoUsers.RESELLER_BETA);
		assertThat(jdbc.update("update company set name = 'Volé' where id = ?", alphaClient.getId())).isZero();
		assertThat(jdbc.update("delete from company_history where company_id = ?", alphaClient.getId())).isZero();
		assertThatThrownBy(
				() -> jdbc.update("update company set referent_id = ? where id = ?", alpha, betaClient.getId()))
			.as("handing a client over to another reseller")
			.rootCause()
			.hasMessageContaining("row-level security");
		assertThatThrownBy(
				() -> jdbc.update("insert into site (company_id, owner_id, main, country) values (?, ?, false, 'FR')",
						alphaClient.getId(), alpha))
			.as("adding a site to another reseller's client")
			.rootCause()
			.hasMessageContaining("row-level security");

		SecurityContextHolder.clearContext();
		assertThat(jdbc.queryForObject("select name from company where id = ?", String.class, alphaClient.getId()))
			.isEqualTo("Client protégé par PostgreSQL");
		assertThat(jdbc.queryForObject("select referent_id from company where id = ?", Long.class, betaClient.getId()))
			.isEqualTo(beta);
	}

	@Test
	void everyTableWithAnOwnerColumnHasTheTenantPolicy() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> owned = jdbc.queryForList("""
				select table_name from information_schema.columns
				where table_schema = 'public' and column_name = 'owner_id' order by table_name""", String.class);
		List<String> guarded = jdbc.queryForList("""
				select c.relname from pg_class c
				where c.relnamespace = 'public'::regnamespace and c.relrowsecurity
				and exists (select 1 from pg_policies p where p.tablename = c.relname
				            and p.roles @> array['myopenip_tenant']::name[]
				            and p.qual = '(owner_id = myopenip_tenant())')
				and exists (select 1 from pg_policies p where p.tablename = c.relname
				            and p.policyname = c.relname || '_for_other_roles')
				order by c.relname""", String.class);
		System.out.printf("Row-level security: %d tables with an owner column, %d guarded%n", owned.size(),
				guarded.size());
		assertThat(owned).isNotEmpty();
		assertThat(guarded).as("tables with an owner_id column and the tenant's policy").containsAll(owned);
	}

	@Test
	void theTenantRoleIsRefusedAccountsSessionsJournalOutboxAndMigrations() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> secret = List.of("user_account", "spring_session", "spring_session_attributes", "security_event",
				"outbox_mail", "flyway_schema_history");
		logInAs(DemoUsers.RESELLER_ALPHA);
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("myopenip_tenant");
		int refused = 0;
		for (String table : secret) {
			for (String sql : List.of("select count(*) from " + table, "delete from " + table, "truncate " + table)) {
				assertThatThrownBy(() -> jdbc.execute(sql)).as(sql)
					.rootCause()
					.hasMessageContaining("permission denied");
				refused++;
			}
		}
		System.out.printf("Least privilege: %d statements of the tenant role on %d tables, %d refused%n",
				secret.size() * 3, secret.size(), refused);
		assertThat(jdbc.queryForObject("select count(*) from company", Long.class)).as("its own work still works")
			.isPositive();
		assertThat(jdbc.queryForObject("select myopenip_queue_mail('client@test.fr', 'Devis', 'Texte', now())",
				Long.class))
			.as("a reseller's action may queue a mail it cannot read back")
			.isPositive();
		SecurityContextHolder.clearContext();
		assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).as("the portal's own work")
			.isPositive();
	}

	@Test
	void aUserLogsInWhileAnotherResellerIsStillLoggedInOnTheRequest() {
		logInAs(DemoUsers.RESELLER_BETA);
		assertThat(this.users.loadUserByUsername(DemoUsers.RESELLER_ALPHA).getUsername())
			.isEqualTo(DemoUsers.RESELLER_ALPHA);
	}

	@Test
	void aPooledConnectionCarriesNothingFromOneUserToTheNext() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String connectingRole = jdbc.queryForObject("select session_user", String.class);

		logInAs(DemoUsers.RESELLER_ALPHA);
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("myopenip_tenant");

		SecurityContextHolder.clearContext();
		assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(connectingRole);
		assertThat(jdbc.queryForObject("select current_setting('myopenip.tenant', true)", String.class)).isEmpty();
		assertThat(jdbc.queryForObject("select count(distinct referent_id) from company", Long.class))
			.as("the portal's own work sees every reseller's companies")
			.isGreaterThan(1L);
	}

	private void logInAs(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
