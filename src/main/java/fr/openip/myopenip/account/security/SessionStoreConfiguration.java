package fr.openip.myopenip.account.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), so that any instance serves any
 * request. Two requests of one session at once (two tabs, two instances behind a
 * balancer) may both add the same attribute (the flash message of a redirect): Spring
 * Session's PostgreSQL customizer writes attributes with
 * {@code insert … on conflict do update}, where the plain insert of the second request
 * failed on the key and answered 500 (found by ScaleOutIT, tested by
 * ConcurrentSessionRequestsTest).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
