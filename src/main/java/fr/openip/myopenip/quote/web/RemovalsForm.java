package fr.openip.myopenip.quote.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.openip.myopenip.shared.web.ActionForm;

/**
 * An amendment's reduction: the units it takes away ({@code unit}), and for each number
 * "Conserver le numéro" ({@code keep[unit]}: false for Non; kept otherwise).
 */
class RemovalsForm extends ActionForm {

	private List<Long> unit = new ArrayList<>();

	private Map<Long, String> keep = new LinkedHashMap<>();

	/** Unit → its number kept, in the order of the form. */
	Map<Long, Boolean> chosen() {
		Map<Long, Boolean> chosen = new LinkedHashMap<>();
		this.unit.stream()
			.filter(java.util.Objects::nonNull)
			.forEach((id) -> chosen.put(id, !"false".equals(this.keep.get(id))));
		return chosen;
	}

	public List<Long> getUnit() {
		return this.unit;
	}

	public void setUnit(List<Long> unit) {
		this.unit = unit;
	}

	public Map<Long, String> getKeep() {
		return this.keep;
	}

	public void setKeep(Map<Long, String> keep) {
		this.keep = keep;
	}

}
