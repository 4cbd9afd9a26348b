package fr.openip.myopenip.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signing link's token never reaches the request log, and a request that failed is
 * logged with the 500 it answers.
 */
class RequestLoggingFilterTest {

	@Test
	void theSigningLinksTokenIsMaskedAndOtherPathsKept() {
		String token = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";
		assertThat(RequestLoggingFilter.loggable("/signature/" + token)).isEqualTo("/signature/[token]");
		assertThat(RequestLoggingFilter.loggable("/signature/" + token + "/pdf")).isEqualTo("/signature/[token]/pdf");
		assertThat(RequestLoggingFilter.loggable("/signature/" + token + "/accept"))
			.isEqualTo("/signature/[token]/accept")
			.doesNotContain(token);
		assertThat(RequestLoggingFilter.loggable("/quotes/12/pdf")).isEqualTo("/quotes/12/pdf");
	}

	@Test
	void aRequestThatEndsInAnExceptionIsLoggedAs500() {
		var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("myopenip.request");
		var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
		lines.start();
		logger.addAppender(lines);
		// the test profile may quiet the request log: this test reads it at INFO
		ch.qos.logback.classic.Level level = logger.getLevel();
		logger.setLevel(ch.qos.logback.classic.Level.INFO);
		try {
			var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/quotes/12/pdf");
			var response = new org.springframework.mock.web.MockHttpServletResponse();
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> new RequestLoggingFilter().doFilter(request, response, (req, res) -> {
					throw new IllegalStateException("panne");
				}))
				.isInstanceOf(IllegalStateException.class);
			assertThat(lines.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
				.anySatisfy((line) -> assertThat(line).startsWith("GET /quotes/12/pdf 500 "));
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(lines);
		}
	}

}
