/**
 * What every feature shares: roles, the tenant filter and the base of tenant-owned
 * entities, the portal's own work, not-found and business-rule exceptions; {@code web}
 * (menu, pager, CSV, formats, error pages, URL rules) and {@code list} (how every list
 * reads a page) are named interfaces, {@code db} (embedded PostgreSQL, connections scoped
 * for row-level security) is internal but for its online backup ({@code backup}: the
 * admin's download and the jar's {@code --backup} / {@code --restore}). Depends on no
 * other module.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package fr.openip.myopenip.shared;

import org.springframework.modulith.ApplicationModule;
