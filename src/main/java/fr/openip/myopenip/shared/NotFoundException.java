package fr.openip.myopenip.shared;

/**
 * Thrown when a record does not exist or is not visible to the current user: both answer
 * 404, so that an id of another tenant cannot be told from an id that does not exist.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
