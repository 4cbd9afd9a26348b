package fr.openip.myopenip.company.domain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fr.openip.myopenip.company.domain.HistoryEntry.Action;
import fr.openip.myopenip.company.domain.HistoryEntry.Subject;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the history of a company: who changed what, and each field's value before and
 * after. The history is written in French, the operator's language, as it is read by its
 * staff and resellers.
 */
@Component
class CompanyHistory {

	private final HistoryRepository entries;

	private final MessageSource messages;

	CompanyHistory(HistoryRepository entries, MessageSource messages) {
		this.entries = entries;
		this.messages = messages;
	}

	void created(Company company, Subject subject, Long subjectId, String what) {
		record(company, subject, subjectId, Action.CREATED, what);
	}

	void stateChanged(Company company, String what) {
		record(company, Subject.COMPANY, company.getId(), Action.STATE_CHANGED, what);
	}

	/** Records an update when something changed; answers whether it did. */
	boolean updated(Company company, Subject subject, Long subjectId, Record before, Record after) {
		List<String> changes = new ArrayList<>();
		diff("", before, after, changes);
		if (changes.isEmpty()) {
			return false;
		}
		record(company, subject, subjectId, Action.UPDATED, String.join(" ; ", changes));
		return true;
	}

	private void diff(String prefix, Record before, Record after, List<String> changes) {
		for (RecordComponent component : after.getClass().getRecordComponents()) {
			Object old = before == null ? null : value(component, before);
			Object now = value(component, after);
			if (now instanceof Record nested && (old == null || old instanceof Record)) {
				diff(prefix + component.getName() + ".", (Record) old, nested, changes);
			}
			else if (!Objects.equals(normalize(old), normalize(now))) {
				changes.add(label(prefix + component.getName()) + " : " + show(old) + " → " + show(now));
			}
		}
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object normalize(Object value) {
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		if (value instanceof Collection<?> values && values.isEmpty()) {
			return null;
		}
		if (value instanceof java.math.BigDecimal amount) {
			return amount.stripTrailingZeros();
		}
		return value;
	}

	private String show(Object value) {
		Object normalized = normalize(value);
		if (normalized == null) {
			return "—";
		}
		if (normalized instanceof Enum<?> constant) {
			return this.messages.getMessage(
					"company.enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), null,
					constant.name(), Locale.FRENCH);
		}
		if (normalized instanceof Boolean flag) {
			return this.messages.getMessage(flag ? "yes" : "no", null, Locale.FRENCH);
		}
		if (normalized instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(this::show).toList());
		}
		return "« " + normalized + " »";
	}

	private String label(String field) {
		return this.messages.getMessage("company.field." + field, null, field, Locale.FRENCH);
	}

	private void record(Company company, Subject subject, Long subjectId, Action action, String detail) {
		this.entries.save(new HistoryEntry(company, actor(), subject, subjectId, action, detail));
	}

	static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "système" : authentication.getName();
	}

}
