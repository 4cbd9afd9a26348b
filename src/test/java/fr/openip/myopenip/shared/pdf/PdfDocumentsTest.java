package fr.openip.myopenip.shared.pdf;

import org.junit.jupiter.api.Test;

import fr.openip.myopenip.shared.BusinessRuleException;

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

}
