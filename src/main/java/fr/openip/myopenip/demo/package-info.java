/**
 * The demo data of the {@code demo} profile: companies and accounts loaded on the first
 * start of an empty database.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "account", "company", "company :: validation", "shared" })
package fr.openip.myopenip.demo;

import org.springframework.modulith.ApplicationModule;
