package fr.openip.myopenip.paperwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.EmailAddresses;

/**
 * The fields of a "Fiche de paramétrage MetaCentrex", one licence's: its user (name,
 * e-mail), its extension, the number it rings on, whether its voicemail goes to the
 * e-mail, and the hunt groups it joins.
 */
public record LicenceSetup(String lastName, String firstName, String email, String extension, String number,
		boolean voicemailToEmail, List<String> groups) {

	/** An extension: 2 to 6 digits, not starting with 0 (the outside line). */
	private static final String EXTENSION = "[1-9]\\d{1,5}";

	/**
	 * A French number of 10 digits (the numbering plan of ARCEP, as FrenchNumbers says).
	 */
	private static final String NUMBER = "0[1-9]\\d{8}";

	public static final int MAX_GROUPS = 10;

	public static final int MAX_GROUP_NAME = 60;

	public LicenceSetup {
		groups = (groups == null) ? List.of() : List.copyOf(groups);
	}

	/** The groups as one text, "Accueil, Support". */
	public String groupsText() {
		return String.join(", ", this.groups);
	}

	/**
	 * The groups of a text separated by commas: stripped, the empty and the repeated
	 * dropped.
	 */
	public static List<String> groupsOf(String text) {
		List<String> groups = new ArrayList<>();
		if (text == null) {
			return groups;
		}
		for (String part : text.split(",")) {
			String name = part.strip();
			if (!name.isEmpty() && groups.stream()
				.noneMatch((kept) -> kept.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
				groups.add(name);
			}
		}
		return groups;
	}

	/**
	 * The setup checked and normalised.
	 * @throws BusinessRuleException on the first field refused
	 */
	LicenceSetup checked() {
		String last = text(this.lastName, "userLastName", 100);
		if (last == null) {
			throw BusinessRuleException.onField("userLastName", "form.error.userLastName");
		}
		String first = text(this.firstName, "userFirstName", 100);
		String mail = EmailAddresses.normalize(this.email);
		if (mail != null && !EmailAddresses.isPlausible(mail)) {
			throw BusinessRuleException.onField("userEmail", "form.error.email");
		}
		if (mail == null && this.voicemailToEmail) {
			throw BusinessRuleException.onField("userEmail", "form.error.voicemailEmail");
		}
		String ext = this.extension == null ? "" : this.extension.strip();
		if (!ext.matches(EXTENSION)) {
			throw BusinessRuleException.onField("extension", "form.error.extension");
		}
		String line = this.number == null ? "" : this.number.replaceAll("[\\s.]", "");
		if (!line.isEmpty() && !line.matches(NUMBER)) {
			throw BusinessRuleException.onField("lineNumber", "form.error.lineNumber");
		}
		if (this.groups.size() > MAX_GROUPS
				|| this.groups.stream().anyMatch((group) -> group.length() > MAX_GROUP_NAME)) {
			throw BusinessRuleException.onField("groups", "form.error.groups", MAX_GROUPS, MAX_GROUP_NAME);
		}
		return new LicenceSetup(last, first, mail, ext, line.isEmpty() ? null : line, this.voicemailToEmail,
				this.groups);
	}

	private static String text(String typed, String field, int max) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		if (text.length() > max) {
			throw BusinessRuleException.onField(field, "form.error.tooLong", max);
		}
		return text;
	}

}
