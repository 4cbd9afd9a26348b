package fr.openip.myopenip.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * PDFs of a few hundred kilobytes whose one stream inflates to {@value #INFLATED_MB} MB
 * of zeros, each of the three kinds a parser meets (issue 19): the cross-reference stream
 * it reads first, an object stream holding the page tree, and a page's content.
 */
public final class PdfBombs {

	public static final int INFLATED_MB = 512;

	private static byte[] zeros;

	private PdfBombs() {
	}

	/** {@value #INFLATED_MB} MB of zeros, deflated once (about 0.5 MB). */
	private static synchronized byte[] deflatedZeros() {
		if (zeros == null) {
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
			byte[] block = new byte[1024 * 1024];
			byte[] buffer = new byte[64 * 1024];
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (int i = 0; i < INFLATED_MB; i++) {
				deflater.setInput(block);
				while (!deflater.needsInput()) {
					out.write(buffer, 0, deflater.deflate(buffer));
				}
			}
			deflater.finish();
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			deflater.end();
			zeros = out.toByteArray();
		}
		return zeros;
	}

	/** The cross-reference stream itself inflates to gigabytes. */
	public static byte[] crossReferenceStream() {
		PdfWriter pdf = new PdfWriter();
		pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
		pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
		int xref = pdf.stream(4, "/Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R", deflatedZeros());
		return pdf.end("startxref\n" + xref + "\n%%EOF\n");
	}

	/** The page tree sits in an object stream that inflates to gigabytes. */
	public static byte[] objectStream() {
		PdfWriter pdf = new PdfWriter();
		pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
		pdf.stream(5, "/Type /ObjStm /N 2 /First 10", deflatedZeros());
		return pdf.endWithTable(6, 1);
	}

	/** A page whose content stream inflates to gigabytes. */
	public static byte[] pageContent() {
		PdfWriter pdf = new PdfWriter();
		pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
		pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
		pdf.stream(4, "", deflatedZeros());
		return pdf.endWithTable(5, 1);
	}

	/** Writes objects and remembers where each starts, for the cross-reference table. */
	private static final class PdfWriter {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final int[] offsets = new int[16];

		PdfWriter() {
			text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		}

		void object(int number, String body) {
			this.offsets[number] = this.out.size();
			text(number + " 0 obj\n" + body + "\nendobj\n");
		}

		int stream(int number, String dictionary, byte[] deflated) {
			int offset = this.out.size();
			this.offsets[number] = offset;
			text(number + " 0 obj\n<< " + dictionary + " /Filter /FlateDecode /Length " + deflated.length
					+ " >>\nstream\n");
			this.out.writeBytes(deflated);
			text("\nendstream\nendobj\n");
			return offset;
		}

		byte[] endWithTable(int size, int root) {
			int table = this.out.size();
			StringBuilder xref = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
			for (int i = 1; i < size; i++) {
				xref.append(String.format("%010d 00000 n \n", this.offsets[i]));
			}
			xref.append("trailer\n<< /Size ")
				.append(size)
				.append(" /Root ")
				.append(root)
				.append(" 0 R >>\nstartxref\n")
				.append(table)
				.append("\n%%EOF\n");
			return end(xref.toString());
		}

		byte[] end(String tail) {
			text(tail);
			return this.out.toByteArray();
		}

		private void text(String text) {
			this.out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
		}

	}

}
