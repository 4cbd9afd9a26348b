package fr.openip.myopenip.company.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import fr.openip.myopenip.company.domain.HistoryEntry.Subject;
import fr.openip.myopenip.shared.BusinessRuleException;
import com.lowagie.text.pdf.PdfReader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a company (SEPA mandate, RIB): accepted only when they are real PDFs
 * of at most 20 MB, judged by their content and not by their name, kept in the database,
 * and read back only by those who may see the company.
 */
@Service
public class CompanyDocuments {

	/** 20 MB, as the forms say ("PDF, 20Mo max"). */
	public static final long MAX_SIZE = 20L * 1024 * 1024;

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

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

	/**
	 * Checks that the bytes are a PDF of at most 20 MB.
	 * @throws BusinessRuleException with the message key of what is wrong
	 */
	public static void checkPdf(byte[] content) {
		if (content.length > MAX_SIZE) {
			throw new BusinessRuleException("company.file.error.tooLarge");
		}
		if (content.length < PDF_MAGIC.length || !startsWithMagic(content)) {
			throw new BusinessRuleException("company.file.error.notPdf");
		}
		try (PdfReader reader = new PdfReader(content)) {
			if (reader.getNumberOfPages() < 1) {
				throw new BusinessRuleException("company.file.error.notPdf");
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BusinessRuleException refused) {
				throw refused;
			}
			throw new BusinessRuleException("company.file.error.notPdf");
		}
	}

	private static boolean startsWithMagic(byte[] content) {
		// A PDF may have a few bytes of garbage before its header; the specification
		// allows 1024.
		int limit = (int) Math.min(1024, content.length - PDF_MAGIC.length);
		for (int start = 0; start <= limit; start++) {
			boolean match = true;
			for (int i = 0; i < PDF_MAGIC.length && match; i++) {
				match = content[start + i] == PDF_MAGIC[i];
			}
			if (match) {
				return true;
			}
		}
		return false;
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
		checkPdf(content);
		String name = safeName(filename);
		StoredFile file = this.files
			.save(new StoredFile(company, name, content, sha256(content), CompanyHistory.actor()));
		if (kind == Kind.SEPA_MANDATE) {
			point.attachSepaMandate(file);
		}
		else {
			point.attachRib(file);
		}
		this.history.created(company, Subject.FILE, file.getId(), kind + " " + name);
		return file;
	}

	@Transactional(readOnly = true)
	public StoredFile read(long companyId, long fileId) {
		StoredFile file = this.files.findByIdAndCompanyId(fileId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("File", fileId));
		file.getContent();
		return file;
	}

	static String safeName(String filename) {
		String name = filename == null ? ""
				: filename.replaceAll("[\\\\/]", "_").replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (name.isEmpty()) {
			name = "document.pdf";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
