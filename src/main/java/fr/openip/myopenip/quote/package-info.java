/**
 * Quotes ("devis", menu E-boutique → Mes devis): a client's or prospect's basket built
 * from the catalogue, its prices those of the catalogue on the day, never of the form.
 * Holds client, offer and product ids and asks the company and catalogue modules' APIs.
 */
@ApplicationModule(displayName = "Quotes", allowedDependencies = { "company", "catalogue", "order", "telephony", "mail",
		"paperwork", "shared", "shared :: web", "shared :: list", "shared :: pdf" })
package fr.openip.myopenip.quote;

import org.springframework.modulith.ApplicationModule;
