package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyUniverse;

import java.math.BigDecimal;

import fr.openip.myopenip.company.domain.Company.GuaranteeType;
import fr.openip.myopenip.company.domain.Company.LegalForm;

/**
 * Step 1 of the client wizard, "Informations générales".
 */
public record GeneralInformation(String name, String clientReference, boolean inCreation, String siren,
		LegalForm legalForm, String comment, String website, CompanyUniverse universe, GuaranteeType guaranteeType,
		BigDecimal deposit, String salesEmail, String advEmail, String adminEmail) {

}
