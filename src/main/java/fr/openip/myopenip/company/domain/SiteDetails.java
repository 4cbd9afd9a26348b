package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Address;

/**
 * What is entered for a site (step 2 of the wizard, "Création du site principal").
 */
public record SiteDetails(String name, String siret, String phone, String fax, String email, String comment,
		Address address, String openingHours) {

}
