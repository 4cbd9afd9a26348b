package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.domain.SecurityEventType;
import fr.openip.myopenip.account.domain.SecurityJournal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Journals a refused request, then answers 403 with the portal's error page.
 */
class JournalingAccessDeniedHandler implements AccessDeniedHandler {

	private final SecurityJournal journal;

	JournalingAccessDeniedHandler(SecurityJournal journal) {
		this.journal = journal;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String detail = request.getMethod() + " " + request.getRequestURI();
		this.journal.recordByCurrentUser(SecurityEventType.ACCESS_DENIED, detail);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
