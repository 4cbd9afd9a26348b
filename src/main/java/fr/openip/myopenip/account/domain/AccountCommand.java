package fr.openip.myopenip.account.domain;

import fr.openip.myopenip.shared.Role;

/**
 * What an admin enters for a user account.
 */
public record AccountCommand(String username, String email, String firstName, String lastName, Role role,
		long companyId) {

}
