package fr.openip.myopenip.telephony.domain;

/** How a group's members ring. */
public enum HuntStrategy {

	SIMULTANEOUS, SEQUENTIAL, CIRCULAR

}
