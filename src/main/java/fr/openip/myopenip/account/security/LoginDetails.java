package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.domain.LoginEntry;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The request details of a login, with the entry chosen on the login page.
 */
class LoginDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ENTRY_PARAMETER = "entry";

	private final LoginEntry entry;

	LoginDetails(HttpServletRequest request) {
		super(request);
		this.entry = LoginEntry.fromParameter(request.getParameter(ENTRY_PARAMETER));
	}

	LoginEntry getEntry() {
		return this.entry;
	}

}
