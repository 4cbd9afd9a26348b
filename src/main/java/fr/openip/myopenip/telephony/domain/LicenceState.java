package fr.openip.myopenip.telephony.domain;

/** A licence's "État": free (no user), or active (given to a user). */
public enum LicenceState {

	FREE, ACTIVE

}
