package fr.openip.myopenip.quote.web;

import fr.openip.myopenip.shared.web.ActionForm;

/**
 * Step 4's "Valider le devis pour le compte du client", with "Je certifie agir pour le
 * compte du client" ({@code onBehalf}).
 */
class ValidationForm extends ActionForm {

	private boolean onBehalf;

	public boolean isOnBehalf() {
		return this.onBehalf;
	}

	public void setOnBehalf(boolean onBehalf) {
		this.onBehalf = onBehalf;
	}

}
