package fr.openip.myopenip.paperwork;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may do what with the forms of a sale: those who build quotes read and complete
 * them, the order desk reads them. Which forms a reseller sees at all is the tenant
 * filter's business.
 */
@Component("paperworkPermissions")
public class PaperworkPermissions {

	/** "Formulaires": everyone who sees quotes, each reseller its own. */
	public boolean canSee(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/** Completing a form: who builds the quote. */
	public boolean canComplete(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

}
