package fr.openip.myopenip.order.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import fr.openip.myopenip.order.SheetState;

import static fr.openip.myopenip.order.SheetState.APPOINTMENT_FAILED;
import static fr.openip.myopenip.order.SheetState.APPOINTMENT_PLANNED;
import static fr.openip.myopenip.order.SheetState.CANCELLED;
import static fr.openip.myopenip.order.SheetState.DELIVERED;
import static fr.openip.myopenip.order.SheetState.DELIVERING;
import static fr.openip.myopenip.order.SheetState.DELIVERY_IMPOSSIBLE;
import static fr.openip.myopenip.order.SheetState.IN_PROGRESS;
import static fr.openip.myopenip.order.SheetState.PORTING_DATE_CONFIRMED;
import static fr.openip.myopenip.order.SheetState.TERMINATED;
import static fr.openip.myopenip.order.SheetState.TERMINATING;
import static fr.openip.myopenip.order.SheetState.UNDEFINED;
import static fr.openip.myopenip.order.SheetState.WAITING_FOR_CLIENT;

/**
 * The moves a product sheet may make (SPEC §5), the one table the order desk's forms, its
 * service and the tests read. Nothing leaves Annulée, Livraison impossible or Résiliée;
 * Livrée only goes to Résiliation en cours.
 * <p>
 * The two moves to "Résiliation en cours" and "Résiliée" end a unit: they belong to the
 * sheets of a termination order and to the units an amendment takes away, and only to
 * them; those sheets make no other move. A creation's (or an amendment's added unit's)
 * sheet is delivered, never terminated by a move: terminating is the termination order's
 * work.
 */
public final class SheetTransitions {

	private static final Map<SheetState, Set<SheetState>> ALLOWED = new EnumMap<>(SheetState.class);

	static {
		allow(UNDEFINED, WAITING_FOR_CLIENT, IN_PROGRESS, CANCELLED, DELIVERY_IMPOSSIBLE);
		allow(WAITING_FOR_CLIENT, IN_PROGRESS, CANCELLED, DELIVERY_IMPOSSIBLE);
		allow(IN_PROGRESS, WAITING_FOR_CLIENT, PORTING_DATE_CONFIRMED, APPOINTMENT_PLANNED, DELIVERING, DELIVERED,
				CANCELLED, DELIVERY_IMPOSSIBLE);
		allow(PORTING_DATE_CONFIRMED, IN_PROGRESS, WAITING_FOR_CLIENT, DELIVERING, DELIVERED, CANCELLED);
		allow(APPOINTMENT_PLANNED, APPOINTMENT_FAILED, DELIVERING, DELIVERED, CANCELLED);
		allow(APPOINTMENT_FAILED, APPOINTMENT_PLANNED, WAITING_FOR_CLIENT, CANCELLED, DELIVERY_IMPOSSIBLE);
		allow(DELIVERING, DELIVERED, APPOINTMENT_FAILED, CANCELLED, DELIVERY_IMPOSSIBLE);
		allow(DELIVERED, TERMINATING);
		allow(TERMINATING, TERMINATED);
		allow(CANCELLED);
		allow(DELIVERY_IMPOSSIBLE);
		allow(TERMINATED);
	}

	/** The states a sheet waits in for the reseller's answer. */
	public static final Set<SheetState> NEED_THE_RESELLER = Collections
		.unmodifiableSet(EnumSet.of(WAITING_FOR_CLIENT, APPOINTMENT_FAILED));

	/** The states of a unit being ended, reached by the ending moves only. */
	private static final Set<SheetState> ENDS = EnumSet.of(TERMINATING, TERMINATED);

	/** The states a sheet ends in: the order desk has nothing left to do with it. */
	public static final Set<SheetState> FINAL = Collections
		.unmodifiableSet(EnumSet.of(DELIVERED, CANCELLED, DELIVERY_IMPOSSIBLE, TERMINATED));

	/**
	 * The states a termination's sheet may be withdrawn from ("Annuler la résiliation"),
	 * going back to Livrée: before the unit is terminated.
	 */
	private static final Set<SheetState> WITHDRAWABLE = EnumSet.of(DELIVERED, TERMINATING);

	private SheetTransitions() {
	}

	/** Whether a termination's sheet in this state may be withdrawn, back to Livrée. */
	public static boolean withdrawable(SheetState from) {
		return WITHDRAWABLE.contains(from);
	}

	private static void allow(SheetState from, SheetState... to) {
		ALLOWED.put(from, to.length == 0 ? EnumSet.noneOf(SheetState.class) : EnumSet.of(to[0], to));
	}

	/** Whether the table has the move, whatever the sheet is for. */
	public static boolean allowed(SheetState from, SheetState to) {
		return ALLOWED.get(from).contains(to);
	}

	/**
	 * Whether a sheet may make the move: the table has it, and it is an ending move
	 * exactly when the sheet ends a unit ({@code ending}: a termination's sheet, or a
	 * unit an amendment takes away).
	 */
	public static boolean allowed(SheetState from, SheetState to, boolean ending) {
		return allowed(from, to) && ENDS.contains(to) == ending;
	}

	/** Where a sheet in {@code from} may go, in the order of the states. */
	public static Set<SheetState> from(SheetState from) {
		return Collections.unmodifiableSet(ALLOWED.get(from));
	}

}
