package fr.openip.myopenip.shared.web;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.ConflictingChangeException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a form's post meets a refusal of the domain. The controller binds its form
 * object and a {@link BindingResult}, then asks the domain through here: a refused
 * business rule becomes an error on that result (beside its field when the refusal names
 * one, above the form otherwise), a stale version or a change someone made first becomes
 * the form's "changed in the meantime" error. The controller shows the form again when
 * the result has errors; the status follows from the errors, in one place
 * ({@link RefusalStatusInterceptor}: 409 for a stale version, 422 for any other refusal).
 *
 * <pre>
 * if (Refusals.attempt(result, () -> this.desk.move(id, form.move()))) {
 *     return "redirect:/orders/" + id;
 * }
 * return show(id, model);
 * </pre>
 */
public final class Refusals {

	/**
	 * The code a stale version's error carries before its message key (which stays its
	 * default code); the status rule reads it, no message has it.
	 */
	static final String STALE = "myopenip.stale";

	/** The message of a stale version, unless the form names its own. */
	public static final String STALE_MESSAGE = "error.409.text";

	private Refusals() {
	}

	/**
	 * Carries out the action unless the form is already refused; answers whether it was
	 * carried out.
	 */
	public static boolean attempt(BindingResult result, Runnable action) {
		return attempt(result, STALE_MESSAGE, action);
	}

	/**
	 * As {@link #attempt(BindingResult, Runnable)}, a stale version being said with this
	 * message.
	 */
	public static boolean attempt(BindingResult result, String staleMessage, Runnable action) {
		return obtain(result, staleMessage, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * Carries out the action unless the form is already refused; answers what it gave
	 * (never {@code null}), or nothing when it was refused.
	 */
	public static <T> Optional<T> obtain(BindingResult result, Supplier<T> action) {
		return obtain(result, STALE_MESSAGE, action);
	}

	/**
	 * As {@link #obtain(BindingResult, Supplier)}, a stale version being said with this
	 * message.
	 */
	public static <T> Optional<T> obtain(BindingResult result, String staleMessage, Supplier<T> action) {
		boolean unreadableVersion = result.getFieldErrors()
			.stream()
			.anyMatch((error) -> error.getField().equals("version") || error.getField().startsWith("version["));
		if (unreadableVersion && !result.hasGlobalErrors()) {
			// a version the page did not send as it showed it is as stale as an old one
			result.addError(stale(result, staleMessage, null));
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Objects.requireNonNull(action.get()));
		}
		catch (ConflictingChangeException first) {
			result.addError(stale(result, first.getMessageKey(), first.getArguments()));
		}
		catch (BusinessRuleException refused) {
			reject(result, refused);
		}
		catch (OptimisticLockingFailureException stale) {
			result.addError(stale(result, staleMessage, null));
		}
		return Optional.empty();
	}

	/**
	 * Runs a check of one field (a file's content) whatever the rest of the form holds: a
	 * refusal is shown beside that field.
	 */
	public static void checkField(Errors errors, String field, Runnable check) {
		try {
			check.run();
		}
		catch (BusinessRuleException refused) {
			errors.rejectValue(field, refused.getMessageKey(), refused.getArguments(), null);
		}
	}

	/** A refusal met before the domain was asked (a value the form cannot read). */
	public static void reject(BindingResult result, BusinessRuleException refused) {
		if (refused.getField() != null) {
			result.rejectValue(refused.getField(), refused.getMessageKey(), refused.getArguments(), null);
		}
		else {
			result.reject(refused.getMessageKey(), refused.getArguments(), null);
		}
	}

	/**
	 * For a post whose refusal is shown on the page it redirects to (an action started
	 * from a list): the first error of the result becomes that page's flash alert.
	 */
	public static void carry(BindingResult result, RedirectAttributes redirect) {
		ObjectError error = result.getAllErrors().get(0);
		redirect.addFlashAttribute("errorKey", error.getCode());
		redirect.addFlashAttribute("errorArguments",
				error.getArguments() == null ? new Object[0] : error.getArguments());
	}

	/**
	 * For a form posted from one page and refused on another it redirects to (a
	 * conversation started from an OC's tab): the form as typed and why it was refused
	 * ride to that page, which shows them as if it had been posted there. The form must
	 * be {@link java.io.Serializable}: flash attributes are kept in the session.
	 */
	public static void keep(BindingResult result, RedirectAttributes redirect) {
		redirect.addFlashAttribute(result.getObjectName(), result.getTarget());
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), result);
	}

	private static ObjectError stale(BindingResult result, String messageKey, Object[] arguments) {
		return new ObjectError(result.getObjectName(), new String[] { STALE, messageKey }, arguments, null);
	}

}
