package fr.openip.myopenip.company;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Small real PDFs for tests, and their text.
 */
public final class Pdfs {

	private static byte[] minimal;

	private Pdfs() {
	}

	public static synchronized byte[] minimal() {
		if (minimal == null) {
			try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText("Releve d'identite bancaire");
					content.endText();
				}
				document.save(out);
				minimal = out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return minimal.clone();
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
