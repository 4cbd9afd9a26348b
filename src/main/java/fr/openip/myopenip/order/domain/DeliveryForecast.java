package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * "Livraison estimée": when an open order of an offer should be delivered, from the
 * operator's own history — the last {@value #WINDOW} orders of that offer and type
 * delivered, among them those that took at least as long as this one has waited (an order
 * that has waited a week is compared with the orders that took a week or more). Their
 * median and 80th percentile of working days from deposit to delivery (percentile_disc:
 * days that orders really took), counted from this order's deposit, give a range of
 * dates; fewer than {@value #MIN_ORDERS} orders, no estimate. Every reseller's deliveries
 * count, as figures only: the query runs as the portal.
 */
@Service
public class DeliveryForecast {

	/** How many of the last deliveries the estimate reads. */
	static final int WINDOW = 100;

	/** Fewer orders than this to rest on: no estimate. */
	public static final int MIN_ORDERS = 5;

	/**
	 * The estimate: delivered between {@code from} and {@code to}, resting on
	 * {@code orders} orders, half of which took {@code medianDays} working days or less,
	 * eight in ten {@code p80Days}.
	 */
	public record Forecast(LocalDate from, LocalDate to, int orders, int medianDays, int p80Days) {
	}

	private final EntityManager entities;

	private final WorkingDays workingDays;

	private final Clock clock;

	DeliveryForecast(EntityManager entities, WorkingDays workingDays, Clock clock) {
		this.entities = entities;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The estimate for an open order of a creation or an amendment; none otherwise. */
	@AsThePortal
	@Transactional(readOnly = true)
	public Optional<Forecast> of(CustomerOrder order) {
		if (order.isClosed() || order.getType() == OrderType.TERMINATION) {
			return Optional.empty();
		}
		LocalDate deposited = PortalClock.day(order.getDepositedAt());
		LocalDate today = PortalClock.today(this.clock);
		int waited = Math.max(this.workingDays.between(deposited, today), 0);
		Object[] figures = (Object[]) this.entities.createNativeQuery("""
				select count(*), percentile_disc(0.5) within group (order by days),
				       percentile_disc(0.8) within group (order by days)
				from (select working_days_to_deliver as days from customer_order
				      where offer_id = :offer and order_type = :type and state = 'DELIVERED'
				        and working_days_to_deliver is not null
				      order by delivered_on desc, id desc limit :window) last
				where days >= :waited""")
			.setParameter("offer", order.getOfferId())
			.setParameter("type", order.getType().name())
			.setParameter("window", WINDOW)
			.setParameter("waited", waited)
			.getSingleResult();
		int orders = ((Number) figures[0]).intValue();
		if (orders < MIN_ORDERS) {
			return Optional.empty();
		}
		int median = ((Number) figures[1]).intValue();
		int p80 = ((Number) figures[2]).intValue();
		LocalDate from = this.workingDays.plus(deposited, median);
		LocalDate to = this.workingDays.plus(deposited, p80);
		return Optional.of(new Forecast(from.isBefore(today) ? today : from, to.isBefore(today) ? today : to, orders,
				median, p80));
	}

}
