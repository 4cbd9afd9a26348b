/**
 * What every feature's web layer shares: the menu, the pager, CSV export, formats, error
 * mapping.
 */
@NamedInterface("web")
package fr.openip.myopenip.shared.web;

import org.springframework.modulith.NamedInterface;
