package fr.openip.myopenip.order.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;

import static fr.openip.myopenip.order.SheetState.APPOINTMENT_PLANNED;
import static fr.openip.myopenip.order.SheetState.CANCELLED;
import static fr.openip.myopenip.order.SheetState.DELIVERED;
import static fr.openip.myopenip.order.SheetState.DELIVERY_IMPOSSIBLE;
import static fr.openip.myopenip.order.SheetState.IN_PROGRESS;
import static fr.openip.myopenip.order.SheetState.TERMINATED;
import static fr.openip.myopenip.order.SheetState.TERMINATING;
import static fr.openip.myopenip.order.SheetState.UNDEFINED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order's and the OC's état as the sheets give them, for each order type, and the
 * months a termination owes at the edges of a month (a month begun is owed).
 */
class OrderFiguresTest {

	@Test
	void aCreationIsDepositedThenInProgressThenDeliveredOrCancelled() {
		assertThat(OrderStates.of(OrderType.CREATION, false, List.of(UNDEFINED, UNDEFINED)))
			.isEqualTo(OrderState.DEPOSITED);
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(UNDEFINED))).isEqualTo(OrderState.IN_PROGRESS);
		assertThat(OrderStates.of(OrderType.CREATION, false, List.of(UNDEFINED, IN_PROGRESS)))
			.isEqualTo(OrderState.IN_PROGRESS);
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(DELIVERED, APPOINTMENT_PLANNED)))
			.isEqualTo(OrderState.IN_PROGRESS);
		// all delivered; some delivered and the rest cancelled or impossible: Livrée
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(DELIVERED, DELIVERED)))
			.isEqualTo(OrderState.DELIVERED);
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(DELIVERED, CANCELLED, DELIVERY_IMPOSSIBLE)))
			.isEqualTo(OrderState.DELIVERED);
		// all cancelled or impossible: Annulée, on one sheet and on several
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(CANCELLED))).isEqualTo(OrderState.CANCELLED);
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(DELIVERY_IMPOSSIBLE)))
			.isEqualTo(OrderState.CANCELLED);
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(CANCELLED, DELIVERY_IMPOSSIBLE)))
			.isEqualTo(OrderState.CANCELLED);
		// no sheet: nothing to deliver, nothing cancelled
		assertThat(OrderStates.of(OrderType.CREATION, false, List.of())).isEqualTo(OrderState.DEPOSITED);
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of())).isEqualTo(OrderState.IN_PROGRESS);
	}

	@Test
	void anAmendmentsUnitsTakenAwayAreWorkOnlyOnceTheyMove() {
		// removed units start "Résiliation en cours": not yet work
		assertThat(OrderStates.of(OrderType.AMENDMENT, false, List.of(UNDEFINED, TERMINATING)))
			.isEqualTo(OrderState.DEPOSITED);
		assertThat(OrderStates.of(OrderType.AMENDMENT, false, List.of(UNDEFINED, TERMINATED)))
			.isEqualTo(OrderState.IN_PROGRESS);
		assertThat(OrderStates.of(OrderType.AMENDMENT, true, List.of(DELIVERED, TERMINATED)))
			.isEqualTo(OrderState.DELIVERED);
		assertThat(OrderStates.of(OrderType.AMENDMENT, true, List.of(TERMINATED))).isEqualTo(OrderState.DELIVERED);
		// a creation's sheet never ends terminated: not delivered
		assertThat(OrderStates.of(OrderType.CREATION, true, List.of(DELIVERED, TERMINATED)))
			.isEqualTo(OrderState.IN_PROGRESS);
		assertThat(OrderStates.of(OrderType.CREATION, false, List.of(TERMINATING))).isEqualTo(OrderState.IN_PROGRESS);
	}

	@Test
	void aTerminationIsTerminatingUntilAllItsSheetsAreTerminated() {
		assertThat(OrderStates.of(OrderType.TERMINATION, false, List.of(DELIVERED, DELIVERED)))
			.isEqualTo(OrderState.TERMINATING);
		assertThat(OrderStates.of(OrderType.TERMINATION, true, List.of(TERMINATED, TERMINATING)))
			.isEqualTo(OrderState.TERMINATING);
		assertThat(OrderStates.of(OrderType.TERMINATION, true, List.of(TERMINATED, TERMINATED)))
			.isEqualTo(OrderState.TERMINATED);
		assertThat(OrderStates.of(OrderType.TERMINATION, true, List.of())).isEqualTo(OrderState.TERMINATING);
	}

	@Test
	void theOcReadsItsOrdersEtatButAWayBackLeavesItDelivered() {
		for (OrderType type : OrderType.values()) {
			for (OrderState state : OrderState.values()) {
				OrderState expected = state == OrderState.CANCELLED && type != OrderType.CREATION ? OrderState.DELIVERED
						: state;
				assertThat(OrderStates.ofTheOffer(type, state)).as(type + " " + state).isEqualTo(expected);
			}
		}
		Set<OrderState> creationCancelled = EnumSet
			.of(OrderStates.ofTheOffer(OrderType.CREATION, OrderState.CANCELLED));
		assertThat(creationCancelled).containsExactly(OrderState.CANCELLED);
	}

	@Test
	void aMonthBegunIsOwedWhole() {
		LocalDate end = LocalDate.of(2027, 3, 15);
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 1, 15), end)).isEqualTo(2);
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 1, 14), end)).isEqualTo(3);
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 1, 16), end)).isEqualTo(2);
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 3, 14), end)).isEqualTo(1);
		// on the engagement's end, or after it, or without one: nothing
		assertThat(Commitment.monthsOwed(end, end)).isZero();
		assertThat(Commitment.monthsOwed(end.plusDays(1), end)).isZero();
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 1, 15), null)).isZero();
		// the end of a month: 31/01 to 28/02 is one month, to 01/03 a second one begun
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28))).isEqualTo(1);
		assertThat(Commitment.monthsOwed(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 1))).isEqualTo(2);
	}

	@Test
	void everySheetStateGivesACreationAnEtat() {
		for (SheetState state : SheetState.values()) {
			assertThat(OrderStates.of(OrderType.CREATION, true, List.of(state))).as(state.name()).isNotNull();
		}
	}

}
