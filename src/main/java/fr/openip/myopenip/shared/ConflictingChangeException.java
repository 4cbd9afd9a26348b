package fr.openip.myopenip.shared;

/**
 * A refusal because someone else acted first (an order another member of the desk has
 * just taken): as a stale version, the page comes back as it now stands, with the reason,
 * and the status 409.
 */
public class ConflictingChangeException extends BusinessRuleException {

	public ConflictingChangeException(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}

}
