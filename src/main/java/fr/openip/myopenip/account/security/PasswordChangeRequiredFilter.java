package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.CurrentUser;
import fr.openip.myopenip.account.PortalUser;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user logged in with a temporary password goes to the password page until they change
 * it.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = CurrentUser.find().map(PortalUser::isMustChangePassword).orElse(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (mustChange && !isAllowedWhilePasswordMustChange(path)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowedWhilePasswordMustChange(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.startsWith("/static/")
				|| path.startsWith("/webjars/") || path.startsWith("/error");
	}

}
