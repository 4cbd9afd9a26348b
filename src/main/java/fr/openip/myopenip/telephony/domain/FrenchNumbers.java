package fr.openip.myopenip.telephony.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * French telephone numbers as the portal keeps them: ten digits, "0" then 1 to 9 (spaces,
 * dots and dashes typed are dropped; "+33" becomes "0"). Geographic numbers (01 to 05)
 * belong to a zone of the numbering plan, and a département to one zone: an emergency
 * number must be one of the site's zone, so that the emergency services are told where
 * the call comes from.
 */
public final class FrenchNumbers {

	private static final Pattern NUMBER = Pattern.compile("0[1-9][0-9]{8}");

	/** The zone (1 to 5) of each département of metropolitan France and overseas. */
	private static final Map<String, Integer> ZONES = new HashMap<>();

	static {
		zone(1, "75 77 78 91 92 93 94 95");
		zone(2, "14 18 22 27 28 29 35 36 37 41 44 45 49 50 53 56 61 72 76 85 974 976");
		zone(3, "02 08 10 21 25 39 51 52 54 55 57 58 59 60 62 67 68 70 71 80 88 89 90");
		zone(4, "01 03 04 05 06 07 11 13 15 20 26 30 34 38 42 43 48 63 66 69 73 74 83 84");
		zone(5, "09 12 16 17 19 23 24 31 32 33 40 46 47 64 65 79 81 82 86 87 971 972 973 975");
	}

	private FrenchNumbers() {
	}

	private static void zone(int zone, String departements) {
		for (String departement : departements.split(" ")) {
			ZONES.put(departement, zone);
		}
	}

	/**
	 * The number as kept ({@code 0142424242}), or null when {@code typed} is not a French
	 * number.
	 */
	public static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String digits = typed.strip().replaceAll("[\\s.\\-]", "");
		if (digits.startsWith("+33")) {
			digits = "0" + digits.substring(3);
		}
		return NUMBER.matcher(digits).matches() ? digits : null;
	}

	/** The zone (1 to 5) of a geographic number, or 0 for any other. */
	public static int zoneOfNumber(String number) {
		int zone = number.charAt(1) - '0';
		return zone >= 1 && zone <= 5 ? zone : 0;
	}

	/** The zone (1 to 5) of a French postal code, or 0 when it names none. */
	public static int zoneOfPostalCode(String postalCode) {
		if (postalCode == null || !postalCode.strip().matches("[0-9]{5}")) {
			return 0;
		}
		String code = postalCode.strip();
		Integer zone = code.startsWith("97") ? ZONES.get(code.substring(0, 3)) : ZONES.get(code.substring(0, 2));
		return zone == null ? 0 : zone;
	}

	/** "01 42 42 42 42". */
	public static String display(String number) {
		if (number == null || number.length() != 10) {
			return number;
		}
		return number.replaceAll("(\\d{2})(?=\\d)", "$1 ");
	}

}
