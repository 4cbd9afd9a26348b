package fr.openip.myopenip.order;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.PeriodicReading;
import fr.openip.myopenip.shared.TenantFilter;

/**
 * The order desk's open orders by état as an operator watches them:
 * {@code myopenip_orders_open{state="DEPOSITED"}} (and IN_PROGRESS, TERMINATING), read
 * from the desk's summary (a few thousand rows, migration V30) at most every 10 seconds.
 */
@Component
class OrderMeters implements MeterBinder {

	/** The états an order leaves: the others are where it ends. */
	static final List<OrderState> OPEN = List.of(OrderState.DEPOSITED, OrderState.IN_PROGRESS, OrderState.TERMINATING);

	private final PeriodicReading<Map<OrderState, Long>> open;

	OrderMeters(JdbcTemplate jdbc) {
		this.open = new PeriodicReading<>(Duration.ofSeconds(10), () -> TenantFilter.asThePortal(() -> {
			Map<OrderState, Long> counts = new EnumMap<>(OrderState.class);
			jdbc.query("select state, sum(orders) from order_open_figure group by state",
					(RowCallbackHandler) (row) -> counts.put(OrderState.valueOf(row.getString(1)), row.getLong(2)));
			return counts;
		}));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (OrderState state : OPEN) {
			Gauge.builder("myopenip.orders.open", this.open, (reading) -> reading.get().getOrDefault(state, 0L))
				.description("Open orders of the order desk, by état")
				.tag("state", state.name())
				.register(registry);
		}
	}

}
