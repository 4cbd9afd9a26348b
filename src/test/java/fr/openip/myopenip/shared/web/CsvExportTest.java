package fr.openip.myopenip.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

	@Test
	void cellsAreQuotedAndQuotesDoubled() {
		assertThat(CsvExport.cell("Dupont \"SARL\"")).isEqualTo("\"Dupont \"\"SARL\"\"\"");
	}

	@Test
	void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=");
		assertThat(CsvExport.cell("+33 1 84")).isEqualTo("\"'+33 1 84\"");
		assertThat(CsvExport.cell("@SUM(A1)")).startsWith("\"'@");
	}

	@Test
	void theFileIsUtf8WithABomAndSemicolons() {
		var response = CsvExport.of("x.csv", List.of("Nom", "Ville"), List.of("Hôtel"), row -> List.of(row, "Tours"));
		String body = new String(response.getBody(), StandardCharsets.UTF_8);
		assertThat(body).isEqualTo("\uFEFF\"Nom\";\"Ville\"\r\n\"Hôtel\";\"Tours\"\r\n");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("x.csv");
	}

}
