package fr.openip.myopenip.order;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may do what with OCs and orders: the one place the URL rules, the templates
 * ({@code @orderPermissions.canWork(#authentication)}) and the menu ask. Which OCs a
 * reseller sees at all is the tenant filter's business.
 */
@Component("orderPermissions")
public class OrderPermissions {

	/** "Offres contractées", an OC and its orders: everyone, each reseller its own. */
	public boolean canSee(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/**
	 * "Tarifs": operator prices and margins, for those who sell (a reseller its own, the
	 * operator's sales staff); not the order desk, never the end client.
	 */
	public boolean canSeePrices(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

	/** "Résilier" a delivered OC: those who sell it (a reseller its own). */
	public boolean canTerminate(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

	/**
	 * The order desk's work: take an order, set its pilots, move its sheets.
	 */
	public boolean canWork(Authentication user) {
		return Role.any(user, Role.ADV);
	}

	/**
	 * Answering the order desk about its own orders (the sheets that wait for it, on the
	 * home page): a reseller.
	 */
	public boolean answersTheDesk(Authentication user) {
		return Role.any(user, Role.RESELLER);
	}

}
