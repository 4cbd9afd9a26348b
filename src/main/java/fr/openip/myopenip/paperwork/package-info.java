/**
 * "Formulaires" (the guides' menu bar): the paperwork of a sale — a porting mandate per
 * number brought in, the SEPA mandate of a sale paid by direct debit, the MetaCentrex
 * setup sheet of each licence — attached to its quote, prefilled from the client and the
 * quote, completed by the reseller and checked before the quote is validated; and the
 * termination letter of an OC, drawn when its termination is asked and signed by the
 * client from a link of its own. The quote module tells it what a sale holds through
 * {@link fr.openip.myopenip.paperwork.SalesForms}, the order module of a termination
 * through {@link fr.openip.myopenip.paperwork.TerminationLetters}; the module holds
 * quote, client and product ids and asks the catalogue which form a product needs.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = { "catalogue", "company", "company :: validation",
		"mail", "shared", "shared :: web", "shared :: list", "shared :: pdf" })
package fr.openip.myopenip.paperwork;

import org.springframework.modulith.ApplicationModule;
