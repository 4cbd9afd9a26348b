package fr.openip.myopenip.company.validation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of French company identifiers and bank details (SPEC §2).
 */
public final class Identifiers {

	/** La Poste's SIREN: its SIRETs follow the sum-multiple-of-5 rule instead of Luhn. */
	static final String LA_POSTE_SIREN = "356000000";

	/**
	 * IBAN length per country (ISO 13616 registry), for the countries our clients bank
	 * in.
	 */
	private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(Map.entry("FR", 27), Map.entry("MC", 27),
			Map.entry("DE", 22), Map.entry("BE", 16), Map.entry("LU", 20), Map.entry("CH", 21), Map.entry("ES", 24),
			Map.entry("IT", 27), Map.entry("NL", 18), Map.entry("PT", 25), Map.entry("GB", 22), Map.entry("IE", 22),
			Map.entry("AT", 20), Map.entry("DK", 18), Map.entry("FI", 18), Map.entry("SE", 24), Map.entry("NO", 15),
			Map.entry("PL", 28), Map.entry("CZ", 24), Map.entry("GR", 27), Map.entry("AD", 24), Map.entry("LI", 21),
			Map.entry("SM", 27), Map.entry("RO", 24), Map.entry("HU", 28), Map.entry("SK", 24), Map.entry("SI", 19),
			Map.entry("HR", 21), Map.entry("BG", 22), Map.entry("EE", 20), Map.entry("LV", 21), Map.entry("LT", 20),
			Map.entry("CY", 28), Map.entry("MT", 31), Map.entry("IS", 26), Map.entry("GI", 23));

	private Identifiers() {
	}

	/** Removes the spaces people type in identifiers ("732 829 320" is 732829320). */
	public static String compact(String value) {
		return value == null ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/** 9 digits with a valid Luhn key. */
	public static boolean isValidSiren(String siren) {
		return siren != null && siren.matches("\\d{9}") && luhn(siren);
	}

	/**
	 * 14 digits with a valid Luhn key, or La Poste's rule for La Poste's establishments.
	 */
	public static boolean isValidSiret(String siret) {
		if (siret == null || !siret.matches("\\d{14}")) {
			return false;
		}
		if (siret.startsWith(LA_POSTE_SIREN)) {
			return siret.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		return luhn(siret);
	}

	/** ISO 13616: the country's length, then mod 97 of the rearranged number equals 1. */
	public static boolean isValidIban(String iban) {
		if (iban == null || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{1,30}")) {
			return false;
		}
		Integer length = IBAN_LENGTHS.get(iban.substring(0, 2));
		if (length == null || iban.length() != length) {
			return false;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		StringBuilder digits = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	/**
	 * ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3).
	 */
	public static boolean isValidBic(String bic) {
		return bic != null && bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
	}

	/** Five digits, from 01000 to 98999 (Monaco included). */
	public static boolean isValidFrenchPostalCode(String postalCode) {
		return postalCode != null && postalCode.matches("(0[1-9]|[1-8]\\d|9[0-8])\\d{3}");
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
