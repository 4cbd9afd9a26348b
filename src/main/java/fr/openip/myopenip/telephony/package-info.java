/**
 * Hosted telephony, "Mes services" (guide 004): a delivered MetaCentrex OC becomes a
 * service whose licences (its contracted sheets {@code FPC…}) are given to users with a
 * number of the client's pool and their settings, grouped in "Groupements"; "Dissocier
 * vos numéros" frees a licence and keeps its number in the pool or puts it in quarantine.
 * The module hears of deliveries through {@link fr.openip.myopenip.order.OrderDelivered}
 * and holds OC, sheet, client and site ids.
 */
@ApplicationModule(displayName = "Telephony", allowedDependencies = { "order", "company", "catalogue", "paperwork",
		"shared", "shared :: web", "shared :: list" })
package fr.openip.myopenip.telephony;

import org.springframework.modulith.ApplicationModule;
