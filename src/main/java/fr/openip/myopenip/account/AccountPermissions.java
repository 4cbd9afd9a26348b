package fr.openip.myopenip.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may manage accounts and read the security journal: the one place the URL rules and
 * the menus ask. Every user may change their own password.
 */
@Component("accountPermissions")
public class AccountPermissions {

	/** Creating, changing, disabling accounts and resetting passwords: admins. */
	public boolean canManageAccounts(Authentication user) {
		return Role.any(user, Role.ADMIN);
	}

	/** Reading the security journal: admins. */
	public boolean canReadSecurityJournal(Authentication user) {
		return Role.any(user, Role.ADMIN);
	}

	/** Taking an online backup of the portal's embedded database: admins. */
	public boolean canBackUp(Authentication user) {
		return Role.any(user, Role.ADMIN);
	}

}
