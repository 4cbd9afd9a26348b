package fr.openip.myopenip.quote.web;

import fr.openip.myopenip.shared.web.ActionForm;

/**
 * Step 2's "Site d'installation" and "Site de facturation"; {@code action} "continue"
 * ("Poursuivre") ends the step, anything else saves it.
 */
class SitesForm extends ActionForm {

	private Long installationSiteId;

	private Long billingPointId;

	private String action = "save";

	boolean continues() {
		return "continue".equals(this.action);
	}

	public Long getInstallationSiteId() {
		return this.installationSiteId;
	}

	public void setInstallationSiteId(Long installationSiteId) {
		this.installationSiteId = installationSiteId;
	}

	public Long getBillingPointId() {
		return this.billingPointId;
	}

	public void setBillingPointId(Long billingPointId) {
		this.billingPointId = billingPointId;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

}
