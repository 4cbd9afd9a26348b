package fr.openip.myopenip.company.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.company.Address;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * "Générer le mandat": a SEPA direct debit mandate (PDF) filled from the billing point's
 * form, for the client to sign and send back.
 */
@Component
public class SepaMandate {

	private static final String BLANK = "______________________________";

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	SepaMandate(PdfDocuments pdfs, MessageSource messages) {
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/**
	 * What the mandate needs; any of it may still be blank, the PDF then leaves the line
	 * to fill.
	 */
	public record MandateData(String debtorName, String holder, Address address, String iban, String bic, String rum) {
	}

	public byte[] generate(MandateData data, LocalDate date) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("creditor", this.messages.getMessage("operator.name", null, Locale.FRENCH));
		variables.put("debtorName", blankLine(data.debtorName()));
		variables.put("holder", blankLine(data.holder()));
		variables.put("address", blankLine(address(data.address())));
		variables.put("iban", blankLine(data.iban()));
		variables.put("bic", blankLine(data.bic()));
		variables.put("rum", blankLine(data.rum()));
		variables.put("date", date);
		variables.put("blank", BLANK);
		return this.pdfs.render("sepa-mandate", variables);
	}

	private static String blankLine(String value) {
		return value == null || value.isBlank() ? BLANK : value;
	}

	private static String address(Address address) {
		if (address == null) {
			return null;
		}
		String lines = String.join(", ",
				Stream.of(address.line(), address.complement(), address.postalCodeAndCity(), address.country())
					.filter((part) -> part != null && !part.isBlank())
					.toList());
		return lines.isBlank() ? null : lines;
	}

}
