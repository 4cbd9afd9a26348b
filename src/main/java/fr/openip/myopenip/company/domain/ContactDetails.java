package fr.openip.myopenip.company.domain;

import java.util.Set;

import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.domain.Contact.Function;

/**
 * What is entered for a contact (step 4 of the wizard, "Création de l'administrateur").
 */
public record ContactDetails(Civility civility, String lastName, String firstName, String phone, String mobile,
		String fax, String email, Set<Function> functions) {

}
