package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Address;

import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.domain.BillingPoint.PaymentTerms;
import fr.openip.myopenip.company.VatRegime;

/**
 * What is entered for a billing point (step 3 of the wizard).
 */
public record BillingDetails(boolean defaultPoint, String holder, String email, PaymentMode paymentMode,
		PaymentTerms paymentTerms, Integer paymentTermsDays, VatRegime vatRegime, boolean paperInvoice, String iban,
		String bic, String rum, Address address) {

}
