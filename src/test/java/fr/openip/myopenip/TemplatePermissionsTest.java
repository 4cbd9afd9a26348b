package fr.openip.myopenip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates ask a feature's permission policy ({@code @companyPermissions.canEdit(...)}),
 * never a role: who may do what has one home per feature.
 */
class TemplatePermissionsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void noTemplateNamesARole() throws IOException {
		String roles = String.join("|", Stream.of(Role.values()).map(Role::name).toList());
		Pattern roleInAnExpression = Pattern
			.compile("hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|ROLE_|'(" + roles + ")'|''(" + roles + ")''");
		List<String> found = new ArrayList<>();
		int templates = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((file) -> file.toString().endsWith(".html")).toList()) {
				templates++;
				List<String> lines = Files.readAllLines(template);
				for (int i = 0; i < lines.size(); i++) {
					if (roleInAnExpression.matcher(lines.get(i)).find()) {
						found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines.get(i).trim());
					}
				}
			}
		}
		assertThat(templates).isPositive();
		assertThat(found).as("role names in templates: ask the feature's permission policy instead").isEmpty();
	}

}
