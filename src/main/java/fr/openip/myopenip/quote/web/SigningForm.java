package fr.openip.myopenip.quote.web;

/**
 * The client's answer on its signing page: "Signer" with its name ({@code signerName}),
 * or "Refuser" with its reason ({@code reason}).
 */
class SigningForm {

	private String signerName;

	private String reason;

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
