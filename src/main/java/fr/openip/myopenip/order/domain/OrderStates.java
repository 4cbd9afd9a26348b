package fr.openip.myopenip.order.domain;

import java.util.Collection;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.SheetState;

/**
 * The état an order takes from its sheets, and the état its OC reads from it (SPEC §5),
 * written once for {@link CustomerOrder} and {@link ContractedOffer}.
 */
public final class OrderStates {

	private OrderStates() {
	}

	/**
	 * An order's état: all its sheets cancelled or impossible → Annulée; all delivered,
	 * some maybe cancelled or impossible (an amendment's units taken away: terminated) →
	 * Livrée; a termination is Résiliée when all its sheets are, "En cours de
	 * résiliation" until then; otherwise "En cours" once taken or worked, "Déposée"
	 * before.
	 */
	public static OrderState of(OrderType type, boolean taken, Collection<SheetState> sheets) {
		if (type == OrderType.TERMINATION) {
			return !sheets.isEmpty() && sheets.stream().allMatch((sheet) -> sheet == SheetState.TERMINATED)
					? OrderState.TERMINATED : OrderState.TERMINATING;
		}
		if (!sheets.isEmpty() && sheets.stream()
			.allMatch((sheet) -> sheet == SheetState.CANCELLED || sheet == SheetState.DELIVERY_IMPOSSIBLE)) {
			return OrderState.CANCELLED;
		}
		// an amendment's units taken away are done once terminated; they start in
		// "Résiliation en cours", which is not yet work
		boolean amendment = type == OrderType.AMENDMENT;
		if (!sheets.isEmpty() && sheets.stream()
			.allMatch((sheet) -> sheet == SheetState.DELIVERED || sheet == SheetState.CANCELLED
					|| sheet == SheetState.DELIVERY_IMPOSSIBLE || (amendment && sheet == SheetState.TERMINATED))) {
			return OrderState.DELIVERED;
		}
		boolean worked = sheets.stream()
			.anyMatch((sheet) -> sheet != SheetState.UNDEFINED && !(amendment && sheet == SheetState.TERMINATING));
		return (taken || worked) ? OrderState.IN_PROGRESS : OrderState.DEPOSITED;
	}

	/**
	 * The état an OC reads from its current order: the order's, except that an amendment
	 * cancelled or a termination withdrawn leaves the OC as it was, delivered.
	 */
	public static OrderState ofTheOffer(OrderType type, OrderState order) {
		return type != OrderType.CREATION && order == OrderState.CANCELLED ? OrderState.DELIVERED : order;
	}

}
