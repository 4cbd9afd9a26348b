package fr.openip.myopenip.order.domain;

import java.time.LocalDate;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A line of "Offres contractées": Pilote, Réf., Nom de l'offre, Réf. commande, Client
 * final, Entreprise référente (the owner, named by the company module), Site
 * d'installation, Date de livraison, État, Type commande.
 */
public record ContractedOfferRow(long id, String advPilot, String number, String offerName, String orderNumber,
		long clientId, String clientName, Long ownerId, String siteName, LocalDate deliveredOn, OrderState state,
		OrderType orderType) implements ListRow {

	static final ListRows<ContractedOfferRow> ROWS = ListRows.of(ContractedOfferRow.class,
			"new fr.openip.myopenip.order.domain.ContractedOfferRow(o.id, o.advPilot, o.number, o.offerName,"
					+ " o.orderNumber, o.clientId, o.clientName, o.ownerId, o.siteName, o.deliveredOn, o.state,"
					+ " o.orderType)",
			"");

}
