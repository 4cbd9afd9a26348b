/**
 * Companies: clients and prospects of the resellers (wizard, sites, billing points,
 * contacts, documents, history) and the operator's partners. Other modules hold company
 * ids and ask {@link fr.openip.myopenip.company.Companies} for what they show.
 */
@ApplicationModule(displayName = "Companies",
		allowedDependencies = { "shared", "shared :: web", "shared :: list", "shared :: pdf" })
package fr.openip.myopenip.company;

import org.springframework.modulith.ApplicationModule;
