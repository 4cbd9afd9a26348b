package fr.openip.myopenip.telephony.domain;

/** "Restrictions d'appels sortants" of a user. */
public enum OutgoingRestriction {

	NONE, INTERNATIONAL, PREMIUM, ALL_BUT_EMERGENCY

}
