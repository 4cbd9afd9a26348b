/**
 * How every list of the portal reads a page: filters and a whitelisted sort written once
 * ({@link fr.openip.myopenip.shared.list.ListQuery}), then counted, paged on the list's
 * index and read as small rows ({@link fr.openip.myopenip.shared.list.Lists}).
 */
@NamedInterface("list")
package fr.openip.myopenip.shared.list;

import org.springframework.modulith.NamedInterface;
