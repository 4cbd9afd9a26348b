package fr.openip.myopenip.order.web;

import fr.openip.myopenip.shared.web.ActionForm;

/** "Pilote production": who follows the order in production, as the desk types it. */
class PilotForm extends ActionForm {

	private String productionPilot;

	public String getProductionPilot() {
		return this.productionPilot;
	}

	public void setProductionPilot(String productionPilot) {
		this.productionPilot = productionPilot;
	}

}
