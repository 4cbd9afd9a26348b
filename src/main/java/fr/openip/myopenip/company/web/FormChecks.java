package fr.openip.myopenip.company.web;

import fr.openip.myopenip.company.validation.Identifiers;

import org.springframework.validation.Errors;

/**
 * The checks the company forms share, each putting its message beside its field.
 */
final class FormChecks {

	private FormChecks() {
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static void require(Errors errors, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "NotBlank");
			}
		}
	}

	static void siren(Errors errors, String field, String siren) {
		if (!blank(siren) && !Identifiers.isValidSiren(siren)) {
			errors.rejectValue(field, "company.siren.invalid");
		}
	}

	/** A valid SIRET, and one of this company when its SIREN is known. */
	static void siret(Errors errors, String field, String siret, String companySiren) {
		if (blank(siret)) {
			return;
		}
		if (!Identifiers.isValidSiret(siret)) {
			errors.rejectValue(field, "company.siret.invalid");
		}
		else if (!blank(companySiren) && !siret.startsWith(companySiren)) {
			errors.rejectValue(field, "company.siret.notOfSiren", new Object[] { companySiren }, null);
		}
	}

	static void postalCode(Errors errors, String field, String country, String postalCode) {
		if (!blank(postalCode) && isFrance(country) && !Identifiers.isValidFrenchPostalCode(postalCode)) {
			errors.rejectValue(field, "company.postalCode.invalid");
		}
	}

	static boolean isFrance(String country) {
		return blank(country) || "france".equalsIgnoreCase(country.trim());
	}

	static String compact(String value) {
		return blank(value) ? null : Identifiers.compact(value);
	}

	static String trim(String value) {
		return blank(value) ? null : value.trim();
	}

}
