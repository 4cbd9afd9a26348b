package fr.openip.myopenip.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.BusyException;
import fr.openip.myopenip.shared.NotFoundException;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors mapped once: a record not found (or of another tenant) is 404, a concurrent edit
 * is 409, a refused business action is 400, the portal at a bound is 503, each with a
 * page in the portal's look.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A concurrent edit, or a constraint of the database a concurrent request won first
	 * (an OC's second open order).
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict() {
		return "error/409";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(Model model) {
		model.addAttribute("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
		model.addAttribute("messageKey", "error.413.text");
		return "error";
	}

	/**
	 * The portal at a bound (PDFs rendering, database connections all in use): 503 at
	 * once, with when to come back.
	 */
	@ExceptionHandler({ BusyException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String busy(Exception ex, HttpServletResponse response) {
		long seconds = ex instanceof BusyException busy ? Math.max(1, busy.getRetryAfter().toSeconds()) : 5;
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return "error/503";
	}

	/**
	 * A crafted parameter no form has (an index on a field that holds one value, a path
	 * through nothing): the form cannot be read, 400.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadableForm(Model model) {
		model.addAttribute("messageKey", "typeMismatch");
		model.addAttribute("messageArguments", new Object[0]);
		return "error/400";
	}

	@ExceptionHandler(BusinessRuleException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(BusinessRuleException ex, Model model) {
		model.addAttribute("messageKey", ex.getMessageKey());
		model.addAttribute("messageArguments", ex.getArguments());
		return "error/400";
	}

}
