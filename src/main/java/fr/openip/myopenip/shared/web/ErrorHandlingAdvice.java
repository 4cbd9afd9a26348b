package fr.openip.myopenip.shared.web;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors mapped once: a record not found (or of another tenant) is 404, a concurrent edit
 * is 409, a refused business action is 400, each with a page in the portal's look.
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

	@ExceptionHandler(BusinessRuleException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(BusinessRuleException ex, Model model) {
		model.addAttribute("messageKey", ex.getMessageKey());
		model.addAttribute("messageArguments", ex.getArguments());
		return "error/400";
	}

}
