package fr.openip.myopenip.telephony.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Dissocier vos numéros": for each licence selected, "Conserver le numéro"
 * ({@code keep[licenceId]}: true for Oui, false for Non). One parameter a licence, so
 * that 500 licences stay well within the server's limit on parameters.
 */
class DissociationForm {

	private Map<Long, Boolean> keep = new LinkedHashMap<>();

	/** Licence id → kept, in the order of the form; a licence with no answer is kept. */
	Map<Long, Boolean> choices() {
		Map<Long, Boolean> choices = new LinkedHashMap<>();
		this.keep.forEach((id, kept) -> {
			if (id != null) {
				choices.put(id, !Boolean.FALSE.equals(kept));
			}
		});
		return choices;
	}

	public Map<Long, Boolean> getKeep() {
		return this.keep;
	}

	public void setKeep(Map<Long, Boolean> keep) {
		this.keep = keep;
	}

}
