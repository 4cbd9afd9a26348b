package fr.openip.myopenip.paperwork;

/**
 * A form's état, each with its words {@code form.state.<NAME>}: "À compléter" until its
 * fields are all given and right, "Complété", then "Signé" or "Refusé" by the client.
 */
public enum FormState {

	TO_COMPLETE, COMPLETED, SIGNED, REFUSED

}
