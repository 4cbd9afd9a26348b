package fr.openip.myopenip.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar of a chart: its label, its value as shown, and its length in percent of the
 * longest (the chart's scale starts at zero).
 */
record Bar(String label, String shown, BigDecimal value, int percent) {

	/** A label and its value as shown, before scaling. */
	record Value(String label, String shown, BigDecimal value) {
	}

	/** The bars, the longest at 100 %, a value of zero at 0 %, none negative. */
	static List<Bar> scaled(List<Value> values) {
		BigDecimal max = values.stream()
			.map(Value::value)
			.filter((value) -> value.signum() > 0)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ONE);
		List<Bar> bars = new ArrayList<>();
		for (Value value : values) {
			int percent = value.value().signum() <= 0 ? 0
					: value.value()
						.multiply(BigDecimal.valueOf(100))
						.divide(max, 0, java.math.RoundingMode.HALF_UP)
						.intValue();
			bars.add(new Bar(value.label(), value.shown(), value.value(), percent));
		}
		return bars;
	}

}
