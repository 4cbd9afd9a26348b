package fr.openip.myopenip.company;

import jakarta.persistence.Embeddable;

/**
 * A postal address as the guides enter it: n°, voie, bâtiment, étage, porte, escalier,
 * complément, pays, code postal, commune.
 */
@Embeddable
public record Address(String streetNumber, String street, String building, String floor, String door, String staircase,
		String complement, String country, String postalCode, String city) {

	public static final String FRANCE = "France";

	/** "37 rue de Neuilly". */
	public String line() {
		return join(" ", this.streetNumber, this.street);
	}

	/** "92110 CLICHY". */
	public String postalCodeAndCity() {
		return join(" ", this.postalCode, this.city);
	}

	private static String join(String separator, String... parts) {
		StringBuilder joined = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (!joined.isEmpty()) {
					joined.append(separator);
				}
				joined.append(part.trim());
			}
		}
		return joined.toString();
	}

}
