package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.shared.NotFoundException;

/**
 * A company (or what hangs from it) that does not exist or belongs to another tenant:
 * 404.
 */
public class CompanyNotFoundException extends NotFoundException {

	public CompanyNotFoundException(String what, Object id) {
		super(what, id);
	}

}
