package fr.openip.myopenip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word on screen comes from the messages, in French and in English alike.
 */
class I18nTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static Properties load(String file) {
		var properties = new Properties();
		try (InputStream in = Files.newInputStream(MESSAGES.resolve(file))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	@Test
	void frenchAndEnglishHaveTheSameKeys() {
		Properties french = load("messages_fr.properties");
		Properties english = load("messages.properties");
		assertThat(english.stringPropertyNames()).as("keys missing in English")
			.containsAll(french.stringPropertyNames());
		assertThat(french.stringPropertyNames()).as("keys missing in French")
			.containsAll(english.stringPropertyNames());
	}

	/**
	 * A message with arguments goes through {@code MessageFormat}, where an apostrophe is
	 * written twice; one without arguments is shown as written (Spring formats it only
	 * with arguments), so a doubled apostrophe would show twice. Validation codes
	 * ({@code NotBlank}, {@code typeMismatch}…) always get arguments.
	 */
	@Test
	void apostrophesAreWrittenForHowEachMessageIsShown() {
		for (String file : List.of("messages_fr.properties", "messages.properties")) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				boolean formatted = text.matches("(?s).*\\{\\d.*") || !key.contains(".")
						|| key.startsWith("typeMismatch.");
				if (formatted) {
					assertThat(text.replace("''", "")).as(file + ": " + key + " has arguments: write ' as ''")
						.doesNotContain("'");
				}
				else {
					assertThat(text).as(file + ": " + key + " has no argument: write ' once").doesNotContain("''");
				}
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties french = load("messages_fr.properties");
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = literalKey.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!french.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A fragment's first argument is the key of its label
	 * ({@code fragments/filters :: text('account.email', ...)}): it must exist too.
	 */
	@Test
	void everyKeyGivenToAFragmentExists() throws IOException {
		Properties french = load("messages_fr.properties");
		Pattern labelKey = Pattern.compile("::\\s*\\w+\\s*\\(\\s*'([a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)'");
		List<String> missing = new ArrayList<>();
		int keys = 0;
		for (Path template : templates()) {
			Matcher key = labelKey.matcher(Files.readString(template));
			while (key.find()) {
				keys++;
				if (!french.containsKey(key.group(1))) {
					missing.add(template.getFileName() + ": " + key.group(1));
				}
			}
		}
		assertThat(keys).as("label keys found in fragment calls").isGreaterThan(20);
		assertThat(missing).isEmpty();
	}

	/**
	 * Text between tags is only the placeholder of a {@code th:text}; anything else would
	 * show the same words in every language.
	 */
	@Test
	void templatesHaveNoVisibleLiteral() throws IOException {
		Pattern replacedElement = Pattern.compile("<(\\w+)[^>]*\\sth:(?:text|utext|errors|replace)=[^>]*>[^<]*</\\1>",
				Pattern.DOTALL);
		Pattern textBetweenTags = Pattern.compile(">([^<]+)<");
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("\"[^\"]*\"", "\"\"")
				.replaceAll("&\\w+;", "");
			html = replacedElement.matcher(html).replaceAll("");
			Matcher matcher = textBetweenTags.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(1).trim();
				if (text.matches(".*\\p{L}{2,}.*")) {
					literals.add(template.getFileName() + ": " + text);
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}

}
