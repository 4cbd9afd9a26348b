package fr.openip.myopenip.company;

import fr.openip.myopenip.company.BillingPoint.PaymentMode;
import fr.openip.myopenip.company.BillingPoint.PaymentTerms;
import fr.openip.myopenip.company.BillingPoint.VatRegime;

/**
 * What is entered for a billing point (step 3 of the wizard).
 */
public record BillingDetails(boolean defaultPoint, String holder, String email, PaymentMode paymentMode,
		PaymentTerms paymentTerms, Integer paymentTermsDays, VatRegime vatRegime, boolean paperInvoice, String iban,
		String bic, String rum, Address address) {

}
