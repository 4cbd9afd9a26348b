package fr.openip.myopenip.company.domain;

import java.util.List;

import fr.openip.myopenip.company.domain.HistoryEntry.Subject;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a company (SEPA mandate, RIB): accepted only when they are real PDFs
 * of at most 20 MB, judged by their content and not by their name, kept in the database,
 * and read back only by those who may see the company.
 */
@Service
public class CompanyDocuments {

	/** Which document of a billing point. */
	public enum Kind {

		SEPA_MANDATE, RIB

	}

	private final StoredFileRepository files;

	private final CompanyHistory history;

	CompanyDocuments(StoredFileRepository files, CompanyHistory history) {
		this.files = files;
		this.history = history;
	}

	/** A document sent with a billing point's form. */
	public record Upload(Kind kind, String filename, byte[] content) {
	}

	/**
	 * Stores checked PDFs as the SEPA mandate or the RIB of a billing point, in the
	 * caller's transaction.
	 */
	void attachAll(Company company, BillingPoint point, List<Upload> uploads) {
		uploads.forEach(upload -> attach(company, point, upload.kind(), upload.filename(), upload.content()));
	}

	private StoredFile attach(Company company, BillingPoint point, Kind kind, String filename, byte[] content) {
		PdfDocuments.check(content);
		String name = PdfDocuments.fileName(filename);
		StoredFile file = this.files
			.save(new StoredFile(company, name, content, PdfDocuments.sha256(content), CompanyHistory.actor()));
		StoredFile replaced = kind == Kind.SEPA_MANDATE ? point.getSepaMandate() : point.getRib();
		if (kind == Kind.SEPA_MANDATE) {
			point.attachSepaMandate(file);
		}
		else {
			point.attachRib(file);
		}
		String what = kind + " " + name;
		if (replaced != null && !replaced.getId().equals(file.getId())) {
			// the file it replaces is served to nobody any more: removed with the change
			// (deleted after the billing point points to the new one), its name in the
			// history
			this.files.delete(replaced);
			what += " (remplace " + replaced.getFilename() + ", supprimé)";
		}
		this.history.created(company, Subject.FILE, file.getId(), what);
		return file;
	}

	@Transactional(readOnly = true)
	public StoredFile read(long companyId, long fileId) {
		StoredFile file = this.files.findByIdAndCompanyId(fileId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("File", fileId));
		file.getContent();
		return file;
	}

}
