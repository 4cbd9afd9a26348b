package fr.openip.myopenip.telephony.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Dissocier vos numéros": the licences selected, and for each "Conserver le numéro"
 * ({@code keep[licenceId]}: true for Oui).
 */
class DissociationForm {

	private List<Long> licenceIds = new ArrayList<>();

	private Map<Long, Boolean> keep = new LinkedHashMap<>();

	/** Licence id → kept, in the order selected; a licence with no answer is kept. */
	Map<Long, Boolean> choices() {
		Map<Long, Boolean> choices = new LinkedHashMap<>();
		this.licenceIds.stream()
			.filter(java.util.Objects::nonNull)
			.forEach((id) -> choices.put(id, !Boolean.FALSE.equals(this.keep.get(id))));
		return choices;
	}

	public List<Long> getLicenceIds() {
		return this.licenceIds;
	}

	public void setLicenceIds(List<Long> licenceIds) {
		this.licenceIds = licenceIds;
	}

	public Map<Long, Boolean> getKeep() {
		return this.keep;
	}

	public void setKeep(Map<Long, Boolean> keep) {
		this.keep = keep;
	}

}
