package fr.openip.myopenip.company.web;

import java.util.ArrayList;
import java.util.List;

import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.company.domain.CompanyDocuments.Kind;
import fr.openip.myopenip.company.domain.CompanyDocuments.Upload;
import fr.openip.myopenip.shared.web.Refusals;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents sent with a billing point's form: checked beside their field before
 * anything is saved.
 */
final class Uploads {

	private Uploads() {
	}

	/**
	 * Checks the files of the form, rejecting the fields of those that are not PDFs of at
	 * most 20 MB.
	 */
	static void check(BillingPointForm form, Errors errors) {
		check(form.getSepaMandate(), "sepaMandate", errors);
		check(form.getRib(), "rib", errors);
	}

	private static void check(MultipartFile file, String field, Errors errors) {
		if (file == null || file.isEmpty()) {
			return;
		}
		if (file.getSize() > PdfDocuments.MAX_SIZE) {
			errors.rejectValue(field, "file.error.tooLarge");
			return;
		}
		Refusals.checkField(errors, field, () -> PdfDocuments.check(PdfDocuments.bytesOf(file)));
	}

	static List<Upload> of(BillingPointForm form) {
		List<Upload> uploads = new ArrayList<>();
		add(uploads, Kind.SEPA_MANDATE, form.getSepaMandate());
		add(uploads, Kind.RIB, form.getRib());
		return uploads;
	}

	private static void add(List<Upload> uploads, Kind kind, MultipartFile file) {
		if (file != null && !file.isEmpty()) {
			uploads.add(new Upload(kind, file.getOriginalFilename(), PdfDocuments.bytesOf(file)));
		}
	}

}
