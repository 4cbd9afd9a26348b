package fr.openip.myopenip.company;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * Small real PDFs for tests, and their text.
 */
public final class Pdfs {

	private static byte[] minimal;

	private Pdfs() {
	}

	public static synchronized byte[] minimal() {
		if (minimal == null) {
			var out = new ByteArrayOutputStream();
			Document document = new Document();
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph("Relevé d'identité bancaire"));
			document.close();
			minimal = out.toByteArray();
		}
		return minimal.clone();
	}

	public static String text(byte[] pdf) {
		try (PdfReader reader = new PdfReader(pdf)) {
			var extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
