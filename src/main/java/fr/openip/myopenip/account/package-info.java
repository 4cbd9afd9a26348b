/**
 * Accounts, login, the security configuration and journal. An account belongs to a
 * company (its tenant); temporary passwords go out through the mail outbox. The API is
 * who is logged in ({@link fr.openip.myopenip.account.CurrentUser},
 * {@link fr.openip.myopenip.account.PortalUser}) and who may manage accounts
 * ({@link fr.openip.myopenip.account.AccountPermissions}); inside: {@code domain/}
 * (accounts, password policy, security journal, sessions), {@code security/} (the
 * security configuration, the login's two entries and lockout, the filters), {@code web/}
 * and {@code demo/}.
 */
@ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "company", "mail", "shared", "shared :: web", "shared :: list", "shared :: backup" })
package fr.openip.myopenip.account;

import org.springframework.modulith.ApplicationModule;
