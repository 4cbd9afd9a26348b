/**
 * Orders ("commandes" {@code COM…}), contracted offers ({@code OC…}) and their product
 * sheets ({@code FPC…} contracted, {@code CFP…} ordered): "Catalogue → Offres
 * contractées", an OC's page and its tabs, and the order desk's queue. A validated quote
 * places an order through {@link fr.openip.myopenip.order.Orders}; the module holds
 * client, site, offer, product and quote ids, and asks the company and catalogue modules
 * for what it shows of them.
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = { "company", "catalogue", "mail", "paperwork",
		"shared", "shared :: web", "shared :: list", "shared :: pdf" })
package fr.openip.myopenip.order;

import org.springframework.modulith.ApplicationModule;
