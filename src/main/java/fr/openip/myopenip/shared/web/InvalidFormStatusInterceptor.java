package fr.openip.myopenip.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of what was typed answers 422 (Unprocessable Content), not
 * 200: the page is the same, with the messages beside the fields, but nothing reads it as
 * a success.
 */
class InvalidFormStatusInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK
				|| (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
			return;
		}
		boolean invalid = modelAndView.getModel()
			.values()
			.stream()
			.anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
		if (invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

}
