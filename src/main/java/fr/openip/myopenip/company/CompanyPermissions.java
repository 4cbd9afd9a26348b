package fr.openip.myopenip.company;

import fr.openip.myopenip.company.domain.Company;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may do what with companies: the one place the URL rules, the templates
 * ({@code @companyPermissions.canEdit(#authentication, company)}) and the menus ask.
 * Which companies a reseller sees at all is the tenant filter's business, not this
 * policy's.
 */
@Component("companyPermissions")
public class CompanyPermissions {

	/** Clients, prospects and contacts: everyone, each reseller its own. */
	public boolean canSeeClients(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/**
	 * Creating clients and prospects, changing them, their sites, billing points and
	 * contacts: resellers, the operator's sales staff and admins. The order desk reads.
	 */
	public boolean canEdit(Authentication user) {
		return Role.any(user, Role.RESELLER, Role.OPERATOR, Role.ADMIN);
	}

	/**
	 * Changing this company from its own page: an editor, on a client or prospect (the
	 * operator, reseller and ambassador companies are managed under Administration).
	 */
	public boolean canEdit(Authentication user, Company company) {
		return canEdit(user) && !company.getUniverse().isPartner();
	}

	/**
	 * The lists of the operator's partners (operators, ambassadors, others): its staff.
	 */
	public boolean canSeePartners(Authentication user) {
		return Role.any(user, Role.OPERATOR, Role.ADV, Role.ADMIN);
	}

	/** Creating and changing partner companies: admins. */
	public boolean canManagePartners(Authentication user) {
		return Role.any(user, Role.ADMIN);
	}

}
