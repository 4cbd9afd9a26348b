package fr.openip.myopenip.quote;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may do what with quotes: the one place the URL rules, the templates
 * ({@code @quotePermissions.canEdit(#authentication)}) and the menu ask. Which quotes a
 * reseller sees at all is the tenant filter's business.
 */
@Component("quotePermissions")
public class QuotePermissions {

	/** "Mes devis": everyone, each reseller its own. */
	public boolean canSee(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/** Building and changing quotes: resellers, the operator's sales staff and admins. */
	public boolean canEdit(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

	/** "Valider le devis pour le compte du client": a reseller, for its client. */
	public boolean canValidateForTheClient(Authentication user) {
		return Role.any(user, Role.RESELLER);
	}

	/** "Validation finale de la commande": the operator's staff. */
	public boolean canValidateFinally(Authentication user) {
		return Role.any(user, Role.OPERATOR, Role.ADMIN);
	}

}
