/**
 * Orders ("commandes" {@code COM…}), contracted offers ({@code OC…}) and their product
 * sheets ({@code FPC…} contracted, {@code CFP…} ordered). A validated quote places an
 * order through {@link fr.openip.myopenip.order.Orders}; the module holds client, site,
 * offer, product and quote ids, never another module's entities.
 */
@ApplicationModule(displayName = "Orders", allowedDependencies = { "shared" })
package fr.openip.myopenip.order;

import org.springframework.modulith.ApplicationModule;
