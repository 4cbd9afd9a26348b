package fr.openip.myopenip.shared.pdf;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.support.PdfBombs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a PDF template may receive and what an upload must be.
 */
class PdfDocumentsTest {

	@Test
	void charactersXmlForbidsAreDroppedAndTheRestKept() {
		assertThat(PdfDocuments.xmlSafe("Société\u0001 Dupain\uffff é\ud83d\ude00\ud800"))
			.isEqualTo("Société Dupain é\ud83d\ude00");
		assertThat(PdfDocuments.xmlSafe("ligne\nsuivante\tet tab")).isEqualTo("ligne\nsuivante\tet tab");
		String clean = "Déjà propre";
		assertThat(PdfDocuments.xmlSafe(clean)).isSameAs(clean);
	}

	@Test
	void anUploadedFileIsKeptUnderANameWithoutPathNorControlCharacters() {
		assertThat(PdfDocuments.fileName("..\\..\\etc/passwd")).isEqualTo(".._.._etc_passwd");
		assertThat(PdfDocuments.fileName("re\u0000levé \"RIB\".pdf")).isEqualTo("relevé RIB.pdf");
		assertThat(PdfDocuments.fileName("   ")).isEqualTo("document.pdf");
		assertThat(PdfDocuments.fileName(null)).isEqualTo("document.pdf");
		assertThat(PdfDocuments.fileName("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
		assertThat(PdfDocuments.sha256("abc".getBytes()))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void anUploadIsAPdfByItsContentNotItsName() {
		assertThatThrownBy(() -> PdfDocuments.check("%PDF-1.7 mais rien derrière".getBytes()))
			.isInstanceOf(BusinessRuleException.class)
			.hasFieldOrPropertyWithValue("messageKey", "file.error.notPdf");
		assertThatThrownBy(() -> PdfDocuments.check("<html></html>".getBytes()))
			.hasFieldOrPropertyWithValue("messageKey", "file.error.notPdf");
		assertThatThrownBy(() -> PdfDocuments.check(new byte[(int) PdfDocuments.MAX_SIZE + 1]))
			.hasFieldOrPropertyWithValue("messageKey", "file.error.tooLarge");
		PdfDocuments.check(fr.openip.myopenip.company.Pdfs.minimal());
	}

	@Test
	void aPdfWhoseStreamsInflateToGigabytesIsRefusedQuicklyAndWithinAFewTimesItsSize() {
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		long thread = Thread.currentThread().getId();
		for (var bomb : java.util.Map
			.of("cross-reference stream", PdfBombs.crossReferenceStream(), "object stream", PdfBombs.objectStream(),
					"page content", PdfBombs.pageContent())
			.entrySet()) {
			byte[] pdf = bomb.getValue();
			long allocatedBefore = threads.getThreadAllocatedBytes(thread);
			long start = System.nanoTime();
			assertThatThrownBy(() -> PdfDocuments.check(pdf)).as(bomb.getKey())
				.isInstanceOf(BusinessRuleException.class)
				.hasFieldOrPropertyWithValue("messageKey", "file.error.bomb");
			long millis = (System.nanoTime() - start) / 1_000_000;
			long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
			System.out.printf("PDF bomb (%s): %d KB refused in %d ms, %d KB allocated%n", bomb.getKey(),
					pdf.length / 1024, millis, allocated / 1024);
			assertThat(millis).as(bomb.getKey() + ": time (ms)").isLessThanOrEqualTo(2_000);
			// the file read as text, each stream's bytes copied once, the inflater's
			// buffer:
			// a few times the file, never the 512 MB it inflates to
			assertThat(allocated).as(bomb.getKey() + ": bytes allocated").isLessThan(8L * pdf.length + 8 * 1024 * 1024);
		}
	}

	@Test
	void anEncryptedPdfIsRefusedAndAPdfOfObjectStreamsPasses() throws Exception {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "",
					new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			document.protect(policy);
			document.save(out);
			assertThatThrownBy(() -> PdfDocuments.check(out.toByteArray())).hasFieldOrPropertyWithValue("messageKey",
					"file.error.encrypted");
		}
		// PDFBox 3 saves with a cross-reference stream and object streams: a document,
		// not a bomb
		byte[] minimal = fr.openip.myopenip.company.Pdfs.minimal();
		assertThat(new String(minimal, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/ObjStm");
		PdfDocuments.check(minimal);
	}

	@Test
	void aFileOfDigitsAndStreamKeywordsCostsOnePass() {
		String digits = "7".repeat(8 * 1024 * 1024);
		String keywords = "stream\n".repeat(1024 * 1024);
		byte[] hostile = ("%PDF-1.7\n" + digits + " 0 obj\n" + keywords)
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		long start = System.nanoTime();
		assertThatThrownBy(() -> PdfDocuments.check(hostile)).isInstanceOf(BusinessRuleException.class);
		// one pass takes well under a second, a scan that went back over the digits for
		// each keyword (the defect this guards) takes minutes: a bound far from both,
		// since this machine's speed drifts two to three times within a day and a second
		// build may share its cores
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThanOrEqualTo(30_000);
	}

}
