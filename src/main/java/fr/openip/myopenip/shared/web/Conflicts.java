package fr.openip.myopenip.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;

/**
 * A save refused because someone else saved first: the form comes back with what the user
 * typed, a message above it, and the status 409.
 */
public final class Conflicts {

	private Conflicts() {
	}

	public static void keepTyped(BindingResult result, HttpServletResponse response) {
		result.reject("error.409.text");
		response.setStatus(HttpServletResponse.SC_CONFLICT);
	}

}
