package fr.openip.myopenip.quote.domain;

/**
 * How a quote was validated: the client's e-signature, the reseller "pour le compte du
 * client", or the operator's "Validation finale de la commande".
 */
public enum ValidationMode {

	CLIENT_SIGNATURE, FOR_THE_CLIENT, FINAL

}
