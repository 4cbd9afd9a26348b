package fr.openip.myopenip.telephony.domain;

/** "Type de service". */
public enum ServiceType {

	METACENTREX

}
