package fr.openip.myopenip.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may read the metrics ({@code /actuator/prometheus}): the operator's staff logged in
 * (operator, order desk, admin), or a scraper sending
 * {@code Authorization: Bearer <myopenip.metrics.scrape-token>} (environment
 * {@code MYOPENIP_METRICS_SCRAPE_TOKEN}; none set, none accepted). A reseller is refused,
 * and so is anyone else.
 */
@Component
class MetricsRules implements SecurityRules {

	private final byte[] expected;

	MetricsRules(@Value("${myopenip.metrics.scrape-token:}") String scrapeToken) {
		this.expected = scrapeToken.isBlank() ? null : ("Bearer " + scrapeToken).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/actuator/prometheus")
			.access((authentication, context) -> new AuthorizationDecision(
					Role.any(authentication.get(), Role.OPERATOR, Role.ADV, Role.ADMIN)
							|| tokenGiven(context.getRequest().getHeader("Authorization"))));
	}

	private boolean tokenGiven(String header) {
		// compared in constant time: how long a wrong token takes tells nothing of the
		// right one
		return this.expected != null && header != null
				&& MessageDigest.isEqual(this.expected, header.getBytes(StandardCharsets.UTF_8));
	}

}
