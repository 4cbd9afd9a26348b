package fr.openip.myopenip.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The Relevé d'Identité Opérateur a porting needs: 12 characters "OO Q RRRRRR CCC" — OO
 * the donor operator (letters or digits), Q the client's quality (E or P for a mobile
 * line, F to Z for a fixed line), RRRRRR the contract (letters, digits, "+"), CCC a key
 * computed from OO, Q, RRRRRR and the line's 10-digit number: each character's position
 * in "A…Z0…9+", three running sums modulo 37 with weights 1, 2 and 4, each giving one
 * character of the key.
 * <p>
 * Sources: the format and the qualities as the French operators' portability
 * specification defines them, summarised in "Relevé d'identité opérateur"
 * (fr.wikipedia.org, section "Composition technique du RIO"); the key's algorithm as
 * published and used to check RIOs (github.com/BaptisteHugot/verificationCodeRIO,
 * {@code verificationRIO.dart}; gist.github.com/FabienPapet/e3957415f0c33384fc72). A
 * mistyped RIO is refused here rather than by the donor operator days later.
 */
public final class Rio {

	/** The characters in the order whose positions the key sums. */
	static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+";

	private static final String FORMAT = "[A-Z0-9]{2}[A-Z][A-Z0-9+]{6}[A-Z0-9+]{3}";

	/** What is wrong with a RIO given for a number. */
	public enum Problem {

		/** Not 12 characters of the form OO Q RRRRRR CCC. */
		FORMAT,
		/**
		 * A mobile quality (E, P) for a fixed number, or a fixed one for a mobile number.
		 */
		QUALITY,
		/** The key is not that of this number: the RIO belongs to another line. */
		KEY

	}

	private Rio() {
	}

	/** The RIO as typed, without spaces, in capitals. */
	public static String normalize(String rio) {
		return rio == null ? "" : rio.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * What is wrong with this RIO (normalized) for this number (10 digits), or nothing.
	 */
	public static Optional<Problem> check(String rio, String number) {
		if (!rio.matches(FORMAT)) {
			return Optional.of(Problem.FORMAT);
		}
		char quality = rio.charAt(2);
		boolean mobileNumber = number.startsWith("06") || number.startsWith("07");
		boolean mobileQuality = quality == 'E' || quality == 'P';
		boolean fixedQuality = quality >= 'F' && quality <= 'Z';
		if (mobileNumber ? !mobileQuality : !fixedQuality) {
			return Optional.of(Problem.QUALITY);
		}
		if (!key(rio.substring(0, 9), number).equals(rio.substring(9))) {
			return Optional.of(Problem.KEY);
		}
		return Optional.empty();
	}

	/**
	 * Refuses, on the field "rio", a RIO that does not fit the number: its format, its
	 * quality (a mobile's for a fixed line, or the reverse), or a key of another line.
	 * @param code the RIO as {@link #normalize} gives it
	 * @param number the 10 digits of the number
	 * @throws BusinessRuleException with the reason's message
	 */
	public static void requireFits(String code, String number) {
		check(code, number).ifPresent((problem) -> {
			throw switch (problem) {
				case FORMAT -> BusinessRuleException.onField("rio", "porting.error.rio");
				case QUALITY -> BusinessRuleException.onField("rio", number.startsWith("06") || number.startsWith("07")
						? "porting.error.rioMobile" : "porting.error.rioFixed");
				case KEY -> BusinessRuleException.onField("rio", "porting.error.rioKey", code,
						number.replaceAll("(\\d{2})(?=\\d)", "$1 "));
			};
		});
	}

	/**
	 * The RIO of {@code number} whose first nine characters ("OO Q RRRRRR") are
	 * {@code identifier}: those nine and their key.
	 */
	public static String withKey(String identifier, String number) {
		return identifier + key(identifier, number);
	}

	/** The key of OO Q RRRRRR for this number. */
	static String key(String identifier, String number) {
		int a = 0;
		int b = 0;
		int c = 0;
		String characters = identifier + number;
		for (int i = 0; i < characters.length(); i++) {
			int position = ALPHABET.indexOf(characters.charAt(i));
			a = (a + position) % 37;
			b = (2 * b + position) % 37;
			c = (4 * c + position) % 37;
		}
		return "" + ALPHABET.charAt(a) + ALPHABET.charAt(b) + ALPHABET.charAt(c);
	}

}
