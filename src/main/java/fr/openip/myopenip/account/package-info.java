/**
 * Accounts, login, the security configuration and journal. An account belongs to a
 * company (its tenant); temporary passwords go out through the mail outbox.
 */
@ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "company", "mail", "shared", "shared :: web", "shared :: list" })
package fr.openip.myopenip.account;

import org.springframework.modulith.ApplicationModule;
