package fr.openip.myopenip.shared.web;

/**
 * The client's answer on a signing page (a quote's, a termination letter's): "Signer"
 * with its name ({@code signerName}), or "Refuser" with its reason ({@code reason}).
 */
public class SigningAnswer {

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
