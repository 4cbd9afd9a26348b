package fr.openip.myopenip.order.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * How long an order and each of its sheets have been in their state, and the order since
 * its deposit, in working days, from the moves its history records (one statement
 * whatever the number of sheets).
 */
@Component
public class OrderTimes {

	/** Since when, and how many working days to today. */
	public record Since(Instant at, int workingDays) {
	}

	/**
	 * The order in its état since {@code state}, deposited {@code deposit} ago; each
	 * sheet in its state since, by its number.
	 */
	public record Times(Since state, Since deposit, Map<String, Since> sheets) {

		public Since sheet(String number) {
			return this.sheets.getOrDefault(number, this.deposit);
		}

	}

	private final EntityManager entities;

	private final WorkingDays workingDays;

	private final Clock clock;

	OrderTimes(EntityManager entities, WorkingDays workingDays, Clock clock) {
		this.entities = entities;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Times of(CustomerOrder order) {
		Since deposit = since(order.getDepositedAt());
		// the last change of state of the order (no sheet number) and of each sheet, at
		// once
		Since state = deposit;
		Map<String, Since> sheets = new HashMap<>();
		for (Object[] row : this.entities
			.createQuery(
					"select e.sheetNumber, max(e.createdAt) from OrderEvent e where e.contractedOfferId = :offer"
							+ " and e.orderId = :order and e.toState is not null group by e.sheetNumber",
					Object[].class)
			.setParameter("offer", order.getContractedOfferId())
			.setParameter("order", order.getId())
			.getResultList()) {
			if (row[0] == null) {
				state = since((Instant) row[1]);
			}
			else {
				sheets.put((String) row[0], since((Instant) row[1]));
			}
		}
		return new Times(state, deposit, sheets);
	}

	private Since since(Instant at) {
		LocalDate today = PortalClock.today(this.clock);
		return new Since(at, Math.max(this.workingDays.between(PortalClock.day(at), today), 0));
	}

}
