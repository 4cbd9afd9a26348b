package fr.openip.myopenip.company;

/**
 * How a billing point pays ("Mode de paiement").
 */
public enum PaymentMode {

	CHEQUE, DIRECT_DEBIT, TRANSFER

}
