package fr.openip.myopenip.order.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.OrderDesk;
import fr.openip.myopenip.order.domain.OrderDesk.SheetMove;
import fr.openip.myopenip.shared.BusinessRuleException;

/**
 * The order desk's move of the selected sheets: {@code sheet} = their ids,
 * {@code version[id]} = the versions the page showed, and the new state, planned delivery
 * date and comment (any of the three).
 */
class SheetMoveForm {

	private List<Long> sheet = new ArrayList<>();

	private Map<Long, String> version = new LinkedHashMap<>();

	private String state;

	private String plannedDelivery;

	private String comment;

	/** The move asked; a sheet without its version, an unknown state or date refused. */
	SheetMove move() {
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (Long id : this.sheet.stream().filter(Objects::nonNull).toList()) {
			String shown = this.version.get(id);
			if (shown == null || !shown.matches("\\d{1,18}")) {
				throw new BusinessRuleException("order.error.stale");
			}
			versions.put(id, Long.valueOf(shown));
		}
		return new SheetMove(versions, target(),
				FormDates.parse(this.plannedDelivery, "order.error.plannedDelivery", OrderDesk.FIRST_YEAR,
						OrderDesk.LAST_YEAR),
				this.comment == null || this.comment.isBlank() ? null : this.comment.strip());
	}

	private SheetState target() {
		if (this.state == null || this.state.isBlank()) {
			return null;
		}
		return SheetState.of(this.state).orElseThrow(() -> new BusinessRuleException("order.error.unknownState"));
	}

	public List<Long> getSheet() {
		return this.sheet;
	}

	public void setSheet(List<Long> sheet) {
		this.sheet = sheet;
	}

	public Map<Long, String> getVersion() {
		return this.version;
	}

	public void setVersion(Map<Long, String> version) {
		this.version = version;
	}

	public String getState() {
		return this.state;
	}

	public void setState(String state) {
		this.state = state;
	}

	public String getPlannedDelivery() {
		return this.plannedDelivery;
	}

	public void setPlannedDelivery(String plannedDelivery) {
		this.plannedDelivery = plannedDelivery;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
