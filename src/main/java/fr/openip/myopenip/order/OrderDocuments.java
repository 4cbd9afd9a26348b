package fr.openip.myopenip.order;

import java.util.List;

/**
 * What an order's quote left for its OC to show — the signed or validated quote ("Voir
 * les formulaires") and its attachments ("Pièces jointes") — given by the module that
 * holds quotes, which the order module does not know (it depends on this one).
 */
public interface OrderDocuments {

	/** A document and where the portal serves it. */
	record Document(String name, String path) {
	}

	/** The quote's form (its PDF), as the client saw it. */
	Document form(long quoteId, String quoteReference);

	/** The quote's attachments, in the order they were given. */
	List<Document> attachments(long quoteId);

}
