package fr.openip.myopenip.account.security;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The security headers on the pages Tomcat answers itself, before any filter of the
 * portal runs (a request line it cannot read, an address badly encoded: its own 400
 * page). An engine valve sets them on every answer before anything else runs: the same
 * policy as every page of the portal, which Spring Security's header writers then keep.
 */
@Component
class ContainerErrorHeaders implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addEngineValves(new HeadersValve());
	}

	static final class HeadersValve extends ValveBase {

		HeadersValve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			// before: Tomcat's error page is sent as soon as it is written; the portal's
			// filters find the same values there and leave them
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
			response.setHeader("Referrer-Policy", "same-origin");
			getNext().invoke(request, response);
		}

	}

}
