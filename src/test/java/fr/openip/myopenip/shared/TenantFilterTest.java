package fr.openip.myopenip.shared;

import java.util.HashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import fr.openip.myopenip.support.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenant of the current thread: a reseller's company for a reseller, every row for
 * the operator's staff, nobody logged in, and the portal's own work.
 */
class TenantFilterTest {

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	private static void logIn(Role role, long company) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(Users.of(role, company));
		SecurityContextHolder.setContext(context);
	}

	@Test
	void aResellerSeesOnlyItsCompany() {
		logIn(Role.RESELLER, 40_001L);
		assertThat(TenantFilter.currentTenant()).isEqualTo(40_001L);
		assertThat(new TenantFilter().get()).isEqualTo(40_001L);
	}

	@Test
	void theOperatorsStaffSeeEveryRow() {
		for (Role staff : new Role[] { Role.OPERATOR, Role.ADV, Role.ADMIN }) {
			logIn(staff, 40_000L);
			assertThat(TenantFilter.currentTenant()).as(staff.name()).isEqualTo(TenantFilter.ALL);
		}
	}

	@Test
	void nobodyLoggedInIsThePortalAtWork() {
		assertThat(TenantFilter.currentTenant()).isEqualTo(TenantFilter.ALL);
	}

	@Test
	void thePortalsOwnWorkSeesEveryRowWhoeverIsLoggedInAndOnlyWhileItLasts() {
		logIn(Role.RESELLER, 40_001L);
		long afterNested = TenantFilter.asThePortal(() -> {
			assertThat(TenantFilter.asThePortal(TenantFilter::currentTenant)).as("nested").isEqualTo(TenantFilter.ALL);
			return TenantFilter.currentTenant();
		});
		assertThat(afterNested).as("still the portal once the nested work is over").isEqualTo(TenantFilter.ALL);
		assertThat(TenantFilter.currentTenant()).as("after").isEqualTo(40_001L);
	}

	@Test
	void aMethodMarkedAsThePortalRunsAsThePortalAndItsFailuresReachTheCaller() {
		logIn(Role.RESELLER, 40_001L);
		var proxy = new ProxyFactory(new Journal());
		proxy.setProxyTargetClass(true);
		proxy.addAdvisor(PortalWorkConfiguration.asThePortalAdvisor());
		Journal journal = (Journal) proxy.getProxy();

		assertThat(journal.tenantSeen()).isEqualTo(TenantFilter.ALL);
		assertThat(journal.unmarked()).isEqualTo(40_001L);
		assertThatThrownBy(journal::fails).isInstanceOf(IllegalStateException.class).hasMessage("refusé");
		assertThat(TenantFilter.currentTenant()).isEqualTo(40_001L);
	}

	@Test
	void thePortalsOwnWorkComesBeforeTheTransactionSoItsConnectionIsThePortals() {
		assertThat(((Ordered) PortalWorkConfiguration.asThePortalAdvisor()).getOrder())
			.isEqualTo(Ordered.HIGHEST_PRECEDENCE);
	}

	@Test
	void theSessionStoreRunsAsThePortalAndNothingElseIsWrapped() {
		logIn(Role.RESELLER, 40_001L);
		var processor = PortalWorkConfiguration.sessionStoreAsThePortal();
		var store = (SessionStore) processor.postProcessAfterInitialization(new SessionStore(), "sessionRepository");
		store.createSession();
		assertThat(store.tenantSeen()).isEqualTo(TenantFilter.ALL);

		Object other = new Object();
		assertThat(processor.postProcessAfterInitialization(other, "other")).isSameAs(other);
	}

	static class SessionStore extends MapSessionRepository {

		private long tenantSeen;

		SessionStore() {
			super(new HashMap<>());
		}

		@Override
		public MapSession createSession() {
			this.tenantSeen = TenantFilter.currentTenant();
			return super.createSession();
		}

		long tenantSeen() {
			return this.tenantSeen;
		}

	}

	static class Journal {

		@AsThePortal
		long tenantSeen() {
			return TenantFilter.currentTenant();
		}

		long unmarked() {
			return TenantFilter.currentTenant();
		}

		@AsThePortal
		void fails() {
			throw new IllegalStateException("refusé");
		}

	}

}
