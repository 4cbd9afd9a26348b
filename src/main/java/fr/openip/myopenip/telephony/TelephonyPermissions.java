package fr.openip.myopenip.telephony;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may do what with hosted-telephony services: the one place the URL rules, the
 * templates ({@code @telephonyPermissions.canConfigure(#authentication)}) and the menu
 * ask. Which services a reseller sees at all is the tenant filter's business.
 */
@Component("telephonyPermissions")
public class TelephonyPermissions {

	/** "Mes services → Paramétrage / Monitoring" and a service's tabs: everyone. */
	public boolean canSee(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/**
	 * A licence's user and settings, its number, the groups, "Dissocier vos numéros":
	 * those who sell (a reseller its own clients', the operator's staff all); the order
	 * desk reads.
	 */
	public boolean canConfigure(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

}
