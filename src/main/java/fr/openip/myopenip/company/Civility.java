package fr.openip.myopenip.company;

/**
 * A contact's civility ("Civilité").
 */
public enum Civility {

	MR, MRS

}
