package fr.openip.myopenip.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks work the portal does for itself, whoever is logged in: accounts, the security
 * journal, sessions, the outbox. Such a method (or every method of such a class) runs as
 * {@link TenantFilter#asThePortal}, outside any transaction it opens, so the connections
 * it takes act as the portal's database role. A reseller's own connections have no access
 * at all to those tables (migration V5).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AsThePortal {

}
