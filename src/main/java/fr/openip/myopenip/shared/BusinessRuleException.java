package fr.openip.myopenip.shared;

/**
 * A refused business action, carrying the message key shown to the user and, when the
 * refusal is about one field of the form, that field (the message is then shown beside
 * it).
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	protected BusinessRuleException(String field, String messageKey, Object[] arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** A refusal about one field of the form, shown beside it. */
	public static BusinessRuleException onField(String field, String messageKey, Object... arguments) {
		return new BusinessRuleException(field, messageKey, arguments);
	}

	/**
	 * The field the refusal is about, or {@code null} when it is about the whole form.
	 */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
