package fr.openip.myopenip.order.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.domain.OrderDelays;
import fr.openip.myopenip.order.domain.OrderDelays.Delay;
import fr.openip.myopenip.order.domain.OrderRow;
import fr.openip.myopenip.shared.web.Formats;

/**
 * A line of the order desk's queue as it is written: every word and date already in the
 * reader's language, so that the page's 25 lines are read, not worked out, while it is
 * drawn (the queue is the desk's busiest page). {@code delayClass} and {@code delayText}
 * are null when the order has no delay (closed or without due date); {@code dueOn} is
 * null when it has no due date.
 */
record QueueLine(long id, String number, String type, String state, boolean deposited, boolean portingCorrected,
		boolean withdrawalPending, String depositedAt, String delayClass, String delayText, String dueOn,
		String clientName, String reseller, String offerName, String advPilot, String productionPilot,
		String viewLabel) {

	/** Writes the lines of a page of the queue, in the reader's language. */
	@Component
	static class Writer {

		private final MessageSource messages;

		private final Formats formats;

		private final OrderDelays delays;

		Writer(MessageSource messages, Formats formats, OrderDelays delays) {
			this.messages = messages;
			this.formats = formats;
			this.delays = delays;
		}

		List<QueueLine> lines(List<OrderRow> rows, Map<Long, String> resellers, Locale locale) {
			Map<OrderType, String> types = new EnumMap<>(OrderType.class);
			Map<OrderState, String> states = new EnumMap<>(OrderState.class);
			String none = word("oc.none", locale);
			String view = word("action.view", locale);
			return rows.stream().map((row) -> {
				Delay delay = this.delays.of(row.dueOn(), row.closed());
				return new QueueLine(row.id(), row.number(),
						types.computeIfAbsent(row.type(), (type) -> word("order.type." + type, locale)),
						states.computeIfAbsent(row.state(), (state) -> word("order.state." + state, locale)),
						row.state() == OrderState.DEPOSITED, row.portingCorrectedAt() != null, row.withdrawalPending(),
						this.formats.dateTime(row.depositedAt()), (delay != null) ? delayClass(delay) : null,
						(delay != null) ? this.messages.getMessage("order.delay." + delay.kind(),
								new Object[] { delay.workingDays() }, locale) : null,
						(row.dueOn() != null) ? this.formats.date(row.dueOn()) : null, row.clientName(),
						(row.ownerId() != null) ? resellers.get(row.ownerId()) : null, row.offerName(),
						(row.advPilot() != null) ? row.advPilot() : none,
						(row.productionPilot() != null) ? row.productionPilot() : none, view + " " + row.number());
			}).toList();
		}

		/** The badge's colour, as the order page's delay badge has it. */
		private static String delayClass(Delay delay) {
			return switch (delay.kind()) {
				case LATE -> "text-bg-danger";
				case SOON -> "text-bg-warning";
				case ON_TIME -> "text-bg-success";
			};
		}

		private String word(String key, Locale locale) {
			return this.messages.getMessage(key, null, locale);
		}

	}

}
