package fr.openip.myopenip.shared.web;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one status rule of a refused form: shown again with what was typed and why, it
 * answers 409 (Conflict) when someone changed the record since the page was shown (see
 * {@link Refusals}), 422 (Unprocessable Content) for any other refusal — never 200, so
 * nothing reads it as a success. A refusal carried to the page a post redirected to
 * ({@link Refusals#keep}) was answered by that post.
 */
class RefusalStatusInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK
				|| (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"))) {
			return;
		}
		// a refusal carried from the page that redirected here was answered there
		Map<String, ?> carried = RequestContextUtils.getInputFlashMap(request);
		boolean refused = false;
		for (Object value : modelAndView.getModel().values()) {
			if (value instanceof BindingResult result && result.hasErrors()
					&& (carried == null || !carried.containsValue(result))) {
				refused = true;
				boolean stale = result.getGlobalErrors()
					.stream()
					.anyMatch(error -> error.getCodes() != null
							&& Arrays.asList(error.getCodes()).contains(Refusals.STALE));
				if (stale) {
					response.setStatus(HttpStatus.CONFLICT.value());
					return;
				}
			}
		}
		if (refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

}
