/**
 * Checks of French company identifiers and bank details, for every module that handles
 * them.
 */
@NamedInterface("validation")
package fr.openip.myopenip.company.validation;

import org.springframework.modulith.NamedInterface;
