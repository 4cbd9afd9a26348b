package fr.openip.myopenip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features are modules: each declares the modules it may use, reaches them only
 * through their top-level package (or a named interface), and no two depend on each other
 * in a cycle. The README shows the modules as the code has them.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MyOpenIpApplication.class);

	@Test
	void theModulesKeepTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theReadmeShowsTheModulesAsTheCodeHasThem() throws IOException {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		String diagram = diagram();
		assertThat(Files.readString(Path.of("README.md")))
			.as("README's module diagram is out of date; it should read:%n%s", diagram)
			.contains(diagram);
	}

	/** A Mermaid flowchart of the modules and their direct dependencies. */
	private String diagram() {
		String edges = this.modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
			.flatMap((module) -> module.getDirectDependencies(this.modules)
				.uniqueModules()
				.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
				.map((target) -> "  " + id(module) + "[" + module.getDisplayName() + "] --> " + id(target) + "["
						+ target.getDisplayName() + "]"))
			.collect(Collectors.joining("\n"));
		return "```mermaid\nflowchart LR\n" + edges + "\n```";
	}

	private static String id(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
