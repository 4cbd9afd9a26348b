/**
 * The catalogue: offers with their engagement, renewal and termination terms, and their
 * products, grouped in sections, at client and operator prices. The operator's staff
 * manage it; everyone reads it. Other modules hold offer and product ids and ask
 * {@link fr.openip.myopenip.catalogue.Catalogue} for what they show.
 */
@ApplicationModule(displayName = "Catalogue",
		allowedDependencies = { "shared", "shared :: web", "shared :: list", "shared :: pdf" })
package fr.openip.myopenip.catalogue;

import org.springframework.modulith.ApplicationModule;
