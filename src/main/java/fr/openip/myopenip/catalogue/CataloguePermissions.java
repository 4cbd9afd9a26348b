package fr.openip.myopenip.catalogue;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may do what with the catalogue: the one place the URL rules, the templates
 * ({@code @cataloguePermissions.canManage(#authentication)}) and the menu ask.
 */
@Component("cataloguePermissions")
public class CataloguePermissions {

	/** Reading the offers on sale and their prices: every logged-in user. */
	public boolean canRead(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/**
	 * Creating, changing and retiring offers and products, and seeing retired ones: the
	 * operator's sales staff and admins.
	 */
	public boolean canManage(Authentication user) {
		return Role.any(user, Role.OPERATOR, Role.ADMIN);
	}

}
