package fr.openip.myopenip.shared;

/**
 * An e-mail address typed into a form: one "@" between a local part and a domain that has
 * a dot, no space, and within the sizes of RFC 5321 (section 4.5.3.1: a local part of at
 * most 64 octets, a path of at most 256, so an address of at most 254).
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	/** The address stripped, or null if nothing was typed. */
	public static String normalize(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip();
	}

	/** Whether the (normalized) address has the shape of one. */
	public static boolean isPlausible(String address) {
		if (address == null || address.length() > 254) {
			return false;
		}
		int at = address.indexOf('@');
		if (at < 1 || at > 64 || at != address.lastIndexOf('@')) {
			return false;
		}
		String domain = address.substring(at + 1);
		return !address.matches(".*\\s.*") && domain.matches("[^.]+(\\.[^.]+)+");
	}

}
