package fr.openip.myopenip;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features are modules: each reaches another only through its top-level package (or a
 * named interface), and no two depend on each other in a cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MyOpenIpApplication.class);

	@Test
	void theModulesKeepTheirBoundaries() {
		this.modules.verify();
	}

}
