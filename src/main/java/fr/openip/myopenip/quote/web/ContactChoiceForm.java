package fr.openip.myopenip.quote.web;

/** Step 2's "Ajouter à la liste": one of the client's contacts. */
class ContactChoiceForm {

	private Long contactId;

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

}
