package fr.openip.myopenip.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container forwards (403 from security, 404 for no page, 405, 500...)
 * shown in the portal's look. Opening {@code /error} directly is a page that does not
 * exist (404).
 */
@Controller
class PortalErrorController implements ErrorController {

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object forwarded = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = forwarded instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND;
		response.setStatus(status);
		model.addAttribute("status", status);
		return switch (status) {
			case 400, 403, 404, 409, 500 -> "error/" + status;
			default -> "error";
		};
	}

}
