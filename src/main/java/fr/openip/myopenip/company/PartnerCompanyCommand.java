package fr.openip.myopenip.company;

/**
 * What an admin enters for an operator, reseller or ambassador company.
 */
public record PartnerCompanyCommand(String name, CompanyUniverse universe, String email, String phone) {

}
