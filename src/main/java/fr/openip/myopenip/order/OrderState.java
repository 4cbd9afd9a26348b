package fr.openip.myopenip.order;

/**
 * The état of an order, also shown as its OC's: "Déposée / En cours" until the order desk
 * takes it.
 */
public enum OrderState {

	DEPOSITED, IN_PROGRESS, DELIVERED, CANCELLED, TERMINATING, TERMINATED

}
