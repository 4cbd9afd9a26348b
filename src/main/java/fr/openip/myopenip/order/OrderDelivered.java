package fr.openip.myopenip.order;

import java.util.List;

/**
 * An order was delivered (a creation or an amendment: "Livrée") or carried out (a
 * termination: "Résiliée"), published in the order desk's transaction: what listens to it
 * (hosted telephony) does its part in the same transaction.
 *
 * @param quoteId the quote the order came from (its forms: the licences' setup sheets)
 * @param sheets the OC's sheets the order delivered ("Livrée") or terminated ("Résiliée")
 */
public record OrderDelivered(long orderId, OrderType type, Long quoteId, long contractedOfferId,
		String contractedOfferNumber, Long ownerId, long clientId, String clientName, long installationSiteId,
		String offerName, List<Sheet> sheets) {

	/**
	 * A contracted sheet ({@code FPC…}) of the order, its product, and the number it
	 * ports if it is a portability sheet; {@code removed}: a unit an amendment took away
	 * (or a termination ended), and whether the client keeps its number
	 * ({@code keepNumber}, null when nobody said).
	 */
	public record Sheet(long contractedSheetId, String number, long productId, String productName, String portingNumber,
			boolean removed, Boolean keepNumber) {
	}

}
