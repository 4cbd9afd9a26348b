package fr.openip.myopenip.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list exported as CSV for a spreadsheet: semicolons (French Excel), UTF-8 with a byte
 * order mark, every cell quoted, and cells that a spreadsheet would run as a formula
 * defused.
 */
public final class CsvExport {

	private CsvExport() {
	}

	public static <T> ResponseEntity<byte[]> of(String filename, List<String> headers, List<T> rows,
			Function<T, List<?>> cells) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(line(headers));
		rows.forEach(row -> csv.append(line(cells.apply(row))));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String line(List<?> cells) {
		return cells.stream().map(CsvExport::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	static String cell(Object value) {
		String text = value == null ? "" : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
