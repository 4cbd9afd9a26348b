package fr.openip.myopenip.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.order.domain.SheetTransitions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pair of product sheet states (12 × 12): exactly the moves SPEC §5 calls sensible
 * pass — written here a second time, as a list of "from → to", so that a change of the
 * table is a change of this test too.
 */
class SheetTransitionsTest {

	private static final Set<String> ALLOWED = Set.of(
			// the order desk takes the sheet, asks the client, or gives up
			"UNDEFINED→WAITING_FOR_CLIENT", "UNDEFINED→IN_PROGRESS", "UNDEFINED→CANCELLED",
			"UNDEFINED→DELIVERY_IMPOSSIBLE",
			// the client answers, or the order is dropped
			"WAITING_FOR_CLIENT→IN_PROGRESS", "WAITING_FOR_CLIENT→CANCELLED", "WAITING_FOR_CLIENT→DELIVERY_IMPOSSIBLE",
			// the work: a porting date, an appointment, production, delivery
			"IN_PROGRESS→WAITING_FOR_CLIENT", "IN_PROGRESS→PORTING_DATE_CONFIRMED", "IN_PROGRESS→APPOINTMENT_PLANNED",
			"IN_PROGRESS→DELIVERING", "IN_PROGRESS→DELIVERED", "IN_PROGRESS→CANCELLED",
			"IN_PROGRESS→DELIVERY_IMPOSSIBLE",
			// a porting date may be postponed (back to work, or to the client)
			"PORTING_DATE_CONFIRMED→IN_PROGRESS", "PORTING_DATE_CONFIRMED→WAITING_FOR_CLIENT",
			"PORTING_DATE_CONFIRMED→DELIVERING", "PORTING_DATE_CONFIRMED→DELIVERED", "PORTING_DATE_CONFIRMED→CANCELLED",
			"APPOINTMENT_PLANNED→APPOINTMENT_FAILED", "APPOINTMENT_PLANNED→DELIVERING", "APPOINTMENT_PLANNED→DELIVERED",
			"APPOINTMENT_PLANNED→CANCELLED",
			// a failed appointment waits for the reseller, then a new one
			"APPOINTMENT_FAILED→APPOINTMENT_PLANNED", "APPOINTMENT_FAILED→WAITING_FOR_CLIENT",
			"APPOINTMENT_FAILED→CANCELLED", "APPOINTMENT_FAILED→DELIVERY_IMPOSSIBLE", "DELIVERING→DELIVERED",
			"DELIVERING→APPOINTMENT_FAILED", "DELIVERING→CANCELLED", "DELIVERING→DELIVERY_IMPOSSIBLE",
			// a delivered sheet only goes to its termination
			"DELIVERED→TERMINATING", "TERMINATING→TERMINATED");

	@Test
	void exactlyTheSensibleMovesPass() {
		List<String> passed = new ArrayList<>();
		for (SheetState from : SheetState.values()) {
			for (SheetState to : SheetState.values()) {
				if (SheetTransitions.allowed(from, to)) {
					passed.add(from + "→" + to);
				}
			}
		}
		assertThat(passed).containsExactlyInAnyOrderElementsOf(ALLOWED);
		assertThat(SheetState.values().length * SheetState.values().length).isEqualTo(144);
	}

	@Test
	void nothingLeavesCancelledImpossibleOrTerminated() {
		for (SheetState end : List.of(SheetState.CANCELLED, SheetState.DELIVERY_IMPOSSIBLE, SheetState.TERMINATED)) {
			assertThat(SheetTransitions.from(end)).as(end.name()).isEmpty();
		}
		assertThat(SheetTransitions.from(SheetState.DELIVERED)).containsExactly(SheetState.TERMINATING);
		assertThat(SheetTransitions.allowed(SheetState.IN_PROGRESS, SheetState.IN_PROGRESS)).isFalse();
	}

	@Test
	void aDeliverySheetNeverEndsByAMoveAndAnEndingSheetMakesOnlyTheEndingMoves() {
		List<String> delivery = new ArrayList<>();
		List<String> ending = new ArrayList<>();
		for (SheetState from : SheetState.values()) {
			for (SheetState to : SheetState.values()) {
				if (SheetTransitions.allowed(from, to, false)) {
					delivery.add(from + "→" + to);
				}
				if (SheetTransitions.allowed(from, to, true)) {
					ending.add(from + "→" + to);
				}
			}
		}
		assertThat(ending).containsExactlyInAnyOrder("DELIVERED→TERMINATING", "TERMINATING→TERMINATED");
		assertThat(delivery).hasSize(ALLOWED.size() - 2).doesNotContainAnyElementsOf(ending);
		assertThat(SheetTransitions.allowed(SheetState.DELIVERED, SheetState.TERMINATING, false)).isFalse();
	}

	@Test
	void theTableSaysWhichSheetsWaitForTheReseller() {
		assertThat(SheetTransitions.NEED_THE_RESELLER).containsExactlyInAnyOrder(SheetState.WAITING_FOR_CLIENT,
				SheetState.APPOINTMENT_FAILED);
	}

	@Test
	void aTerminationIsWithdrawnOnlyBeforeItsUnitsAreTerminated() {
		// "Annuler la résiliation": a termination's sheet goes back to Livrée from Livrée
		// (not yet worked) or Résiliation en cours, from no other state
		for (SheetState from : SheetState.values()) {
			assertThat(SheetTransitions.withdrawable(from)).as(from.name())
				.isEqualTo(from == SheetState.DELIVERED || from == SheetState.TERMINATING);
		}
	}

}
