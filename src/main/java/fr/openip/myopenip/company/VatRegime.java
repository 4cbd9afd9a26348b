package fr.openip.myopenip.company;

/**
 * The VAT régime of a billing point ("Régime TVA"): VAT applies unless exempt or
 * reverse-charged.
 */
public enum VatRegime {

	SUBJECT, EXEMPT, REVERSE_CHARGE

}
