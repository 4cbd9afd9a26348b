package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyUniverse;

/**
 * What an admin enters for an operator, reseller or ambassador company.
 */
public record PartnerCompanyCommand(String name, CompanyUniverse universe, String email, String phone) {

}
