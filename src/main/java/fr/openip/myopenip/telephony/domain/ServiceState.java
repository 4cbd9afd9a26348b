package fr.openip.myopenip.telephony.domain;

/** "État du service": active from its OC's delivery, terminated with it. */
public enum ServiceState {

	ACTIVE, TERMINATED

}
