package fr.openip.myopenip.quote.web;

import org.springframework.web.multipart.MultipartFile;

/** Step 3's "Pièces jointes" / "Insérer": a PDF of at most 20 MB. */
class AttachmentForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
