package fr.openip.myopenip.quote.web;

import fr.openip.myopenip.shared.web.ActionForm;

/** Step 3's comment on the quote. */
class CommentForm extends ActionForm {

	private String comment;

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
