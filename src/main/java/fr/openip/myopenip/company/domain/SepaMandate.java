package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Address;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Générer le mandat": a SEPA direct debit mandate (PDF) filled from the billing point's
 * form, for the client to sign and send back.
 */
@Component
public class SepaMandate {

	/** The operator as the creditor of the mandate. */
	static final String CREDITOR_NAME = "openIP";

	static final String CREDITOR_ID = "FR12ZZZ123456";

	static final String CREDITOR_ADDRESS = "37 rue de Neuilly, 92110 Clichy, France";

	private final MessageSource messages;

	SepaMandate(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What the mandate needs; any of it may still be blank, the PDF then leaves the line
	 * to fill.
	 */
	public record MandateData(String debtorName, String holder, Address address, String iban, String bic, String rum) {
	}

	public byte[] generate(MandateData data, LocalDate date) {
		var out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("mandate.title"));
		document.addCreator("MyOpenIP");
		document.open();
		Font title = new Font(Font.HELVETICA, 16, Font.BOLD, new Color(0xd7, 0x14, 0x1f));
		Font small = new Font(Font.HELVETICA, 9, Font.NORMAL);
		Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
		Font normal = new Font(Font.HELVETICA, 10, Font.NORMAL);

		Paragraph heading = new Paragraph(text("mandate.title"), title);
		heading.setAlignment(Element.ALIGN_CENTER);
		document.add(heading);
		document.add(new Paragraph(text("mandate.rum") + " " + blankLine(data.rum()), bold));
		document.add(new Paragraph(" "));
		document.add(new Paragraph(text("mandate.legal", CREDITOR_NAME), small));
		document.add(new Paragraph(" "));

		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setWidths(new float[] { 1, 2 });
		row(table, text("mandate.debtor"), blankLine(data.debtorName()), bold, normal);
		row(table, text("mandate.holder"), blankLine(data.holder()), bold, normal);
		row(table, text("mandate.address"), blankLine(address(data.address())), bold, normal);
		row(table, text("mandate.iban"), blankLine(data.iban()), bold, normal);
		row(table, text("mandate.bic"), blankLine(data.bic()), bold, normal);
		row(table, text("mandate.creditor"), CREDITOR_NAME, bold, normal);
		row(table, text("mandate.creditorId"), CREDITOR_ID, bold, normal);
		row(table, text("mandate.creditorAddress"), CREDITOR_ADDRESS, bold, normal);
		row(table, text("mandate.paymentType"), text("mandate.recurrent"), bold, normal);
		row(table, text("mandate.placeDate"),
				"__________________, " + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)), bold,
				normal);
		document.add(table);
		document.add(new Paragraph(" "));
		document.add(new Paragraph(text("mandate.signature"), bold));
		document.add(new Paragraph(" \n \n \n", normal));
		document.add(new Paragraph(text("mandate.rights"), small));
		document.close();
		return out.toByteArray();
	}

	private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
		PdfPCell left = new PdfPCell(new Phrase(label, labelFont));
		left.setPadding(5);
		PdfPCell right = new PdfPCell(new Phrase(value, valueFont));
		right.setPadding(5);
		table.addCell(left);
		table.addCell(right);
	}

	private static String blankLine(String value) {
		return value == null || value.isBlank() ? "______________________________" : value;
	}

	private static String address(Address address) {
		if (address == null) {
			return null;
		}
		String lines = String.join(", ",
				java.util.stream.Stream
					.of(address.line(), address.complement(), address.postalCodeAndCity(), address.country())
					.filter(part -> part != null && !part.isBlank())
					.toList());
		return lines.isBlank() ? null : lines;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.FRENCH);
	}

}
