package fr.openip.myopenip.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import fr.openip.myopenip.shared.TenantPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the user and the tenant of each request in the logging context (MDC), and logs one
 * line per request with its status and duration. Static resources are not logged.
 */
public class RequestLoggingFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("myopenip.request");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
			MDC.put("user", authentication.getName());
			MDC.put("tenant", String.valueOf(principal.getCompanyId()));
		}
		int failed = 0;
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// the error page is dispatched after this filter: the answer will be a 500
			failed = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
			throw ex;
		}
		finally {
			if (!isStatic(request.getRequestURI())) {
				log.info("{} {} {} {}ms", request.getMethod(), loggable(request.getRequestURI()),
						failed != 0 ? failed : response.getStatus(), (System.nanoTime() - start) / 1_000_000);
			}
			MDC.remove("user");
			MDC.remove("tenant");
		}
	}

	/** A signing link's token is a secret: never written to the logs. */
	static String loggable(String uri) {
		return uri.startsWith("/signature/")
				? "/signature/[token]" + uri.substring(uri.indexOf('/', 11) < 0 ? uri.length() : uri.indexOf('/', 11))
				: uri;
	}

	private static boolean isStatic(String uri) {
		return uri.startsWith("/webjars/") || uri.startsWith("/static/");
	}

}
