package fr.openip.myopenip.order.domain;

/**
 * Why the order desk rejects a porting, each with its words
 * {@code porting.rejection.<NAME>}: the donor operator's usual answers, or "Autre" with a
 * text.
 */
public enum PortingRejection {

	RIO_INCORRECT, HOLDER_DIFFERENT, NUMBER_NOT_PORTABLE, DATE_REFUSED, OTHER;

	/** The reason of this name, if there is one (a name sent by a form). */
	public static java.util.Optional<PortingRejection> of(String name) {
		return java.util.Arrays.stream(values()).filter((reason) -> reason.name().equals(name)).findFirst();
	}

}
