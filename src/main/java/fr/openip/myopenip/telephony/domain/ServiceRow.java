package fr.openip.myopenip.telephony.domain;

import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A line of "Paramétrage / Monitoring": Réf. du service, Nom du service, Client, Compte
 * client, Site, Type de service, État du service.
 */
public record ServiceRow(long id, String number, String name, String clientName, String clientAccount, String siteName,
		ServiceType serviceType, ServiceState state) implements ListRow {

	static final ListRows<ServiceRow> ROWS = ListRows.of(ServiceRow.class,
			"new fr.openip.myopenip.telephony.domain.ServiceRow(s.id, s.number, s.name, s.clientName,"
					+ " s.clientAccount, s.siteName, s.serviceType, s.state)",
			"");

}
