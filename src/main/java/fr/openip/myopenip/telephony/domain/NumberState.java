package fr.openip.myopenip.telephony.domain;

/**
 * A number of the client's pool: free to give, given to a licence, or in quarantine until
 * a date (not kept at a dissociation).
 */
public enum NumberState {

	FREE, ASSIGNED, QUARANTINED

}
