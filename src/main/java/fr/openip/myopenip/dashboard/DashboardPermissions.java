package fr.openip.myopenip.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who sees which part of the "Tableau de bord": the order desk's figures, the desk and
 * the operator's staff; a reseller's, each reseller its own; every reseller's (and one of
 * them), the operator's staff.
 */
@Component("dashboardPermissions")
public class DashboardPermissions {

	/** "Tableau de bord": every role has a part. */
	public boolean canSee(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/** The order desk's figures. */
	public boolean canSeeTheDesk(Authentication user) {
		return Role.any(user, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/**
	 * Revenue, pipeline and engagements: a reseller its own, the staff any reseller's.
	 */
	public boolean canSeeSales(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

	/** Every reseller's sales, and the filter by reseller. */
	public boolean canSeeEveryReseller(Authentication user) {
		return Role.any(user, Role.OPERATOR, Role.ADMIN);
	}

}
