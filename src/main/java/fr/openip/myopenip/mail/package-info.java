/**
 * The mail outbox and its SMTP sender: every e-mail of the portal is kept in PostgreSQL
 * and sent later. API: {@link fr.openip.myopenip.mail.MailOutbox}.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = { "shared", "shared :: web", "shared :: list" })
package fr.openip.myopenip.mail;

import org.springframework.modulith.ApplicationModule;
