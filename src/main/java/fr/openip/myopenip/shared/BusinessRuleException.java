package fr.openip.myopenip.shared;

/**
 * A refused business action, carrying the message key shown to the user (400).
 */
public class BusinessRuleException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
