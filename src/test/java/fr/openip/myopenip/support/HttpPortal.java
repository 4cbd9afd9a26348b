package fr.openip.myopenip.support;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's worth of HTTP against a running portal (its own port, Tomcat and all): a
 * cookie session, the CSRF token read from the page holding the form, forms posted
 * URL-encoded or multipart, or raw bytes.
 */
public final class HttpPortal {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public HttpPortal(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Logs in through the login page, as a user would. */
	public HttpPortal login(String username, String password, String entry) throws Exception {
		var response = post("/login", Map.of("username", username, "password", password, "entry", entry), "/login");
		assertThat(response.statusCode()).as("login of " + username).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return this;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the form on this page. */
	public String csrfTokenOf(String page) throws Exception {
		var matcher = CSRF.matcher(get(page).body());
		assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
		return matcher.group(1);
	}

	/** Posts a form as the browser would, with the token of the page holding it. */
	public HttpResponse<String> post(String path, Map<String, String> fields, String formPage) throws Exception {
		var form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrfTokenOf(formPage));
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return raw(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Posts a form whose fields may repeat (several {@code sheet}), in their order, with
	 * the token of the page holding it.
	 */
	public HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields, String formPage)
			throws Exception {
		var form = new ArrayList<>(fields);
		form.add(Map.entry("_csrf", csrfTokenOf(formPage)));
		String body = form.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return raw(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
	}

	/** Posts bytes as they are, with this content type. */
	public HttpResponse<String> raw(String path, String contentType, byte[] body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a multipart form: fields, then one file. */
	public HttpResponse<String> multipart(String path, Map<String, String> fields, String formPage, String fileField,
			String filename, byte[] content) throws Exception {
		String boundary = "----myopenip" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		var all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrfTokenOf(formPage));
		for (var field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return raw(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
