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
