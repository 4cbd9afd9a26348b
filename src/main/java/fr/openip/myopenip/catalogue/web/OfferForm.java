package fr.openip.myopenip.catalogue.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.openip.myopenip.catalogue.domain.Offer;
import fr.openip.myopenip.catalogue.domain.OfferTerms;

/**
 * The staff's form for an offer: "Offre", "Engagement / Reconduction", "Résiliation".
 */
class OfferForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String description;

	private boolean upgradeAllowed;

	private boolean packaged;

	@NotNull
	private Integer commitmentMonths = 0;

	private boolean tacitRenewal = true;

	@Min(1)
	@Max(36)
	private Integer renewalMonths = 1;

	private boolean terminationAllowed = true;

	@Min(0)
	@Max(12)
	private Integer noticeMonths = 1;

	@Size(max = 16)
	@Pattern(regexp = Amounts.PATTERN, message = "{catalogue.amount.pattern}")
	private String terminationFee;

	@Min(value = 1, message = "{catalogue.targetDelivery.range}")
	@Max(value = OfferTerms.MAX_TARGET_DELIVERY_DAYS, message = "{catalogue.targetDelivery.range}")
	private Integer targetDeliveryDays;

	private long version;

	static OfferForm of(Offer offer) {
		var form = new OfferForm();
		var terms = offer.terms();
		form.name = terms.name();
		form.description = terms.description();
		form.upgradeAllowed = terms.upgradeAllowed();
		form.packaged = terms.packaged();
		form.commitmentMonths = terms.commitmentMonths();
		form.tacitRenewal = terms.tacitRenewal();
		form.renewalMonths = terms.renewalMonths();
		form.terminationAllowed = terms.terminationAllowed();
		form.noticeMonths = terms.noticeMonths();
		form.terminationFee = Amounts.format(terms.terminationFee());
		form.targetDeliveryDays = terms.targetDeliveryDays();
		form.version = offer.getVersion();
		return form;
	}

	OfferTerms toTerms() {
		return new OfferTerms(this.name, this.description, this.upgradeAllowed, this.packaged, this.commitmentMonths,
				this.tacitRenewal, this.renewalMonths, this.terminationAllowed, this.noticeMonths,
				Amounts.parse(this.terminationFee), this.targetDeliveryDays);
	}

	/** "Période": Aucune, 12, 24 or 36 months. */
	@AssertTrue(message = "{catalogue.commitment.invalid}")
	public boolean isCommitmentValid() {
		return this.commitmentMonths == null || OfferManagementController.COMMITMENTS.contains(this.commitmentMonths);
	}

	/** A tacit renewal says for how long. */
	@AssertTrue(message = "{catalogue.renewal.required}")
	public boolean isRenewalGiven() {
		return !this.tacitRenewal || this.renewalMonths != null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isUpgradeAllowed() {
		return this.upgradeAllowed;
	}

	public void setUpgradeAllowed(boolean upgradeAllowed) {
		this.upgradeAllowed = upgradeAllowed;
	}

	public boolean isPackaged() {
		return this.packaged;
	}

	public void setPackaged(boolean packaged) {
		this.packaged = packaged;
	}

	public Integer getCommitmentMonths() {
		return this.commitmentMonths;
	}

	public void setCommitmentMonths(Integer commitmentMonths) {
		this.commitmentMonths = commitmentMonths;
	}

	public boolean isTacitRenewal() {
		return this.tacitRenewal;
	}

	public void setTacitRenewal(boolean tacitRenewal) {
		this.tacitRenewal = tacitRenewal;
	}

	public Integer getRenewalMonths() {
		return this.renewalMonths;
	}

	public void setRenewalMonths(Integer renewalMonths) {
		this.renewalMonths = renewalMonths;
	}

	public boolean isTerminationAllowed() {
		return this.terminationAllowed;
	}

	public void setTerminationAllowed(boolean terminationAllowed) {
		this.terminationAllowed = terminationAllowed;
	}

	public Integer getNoticeMonths() {
		return this.noticeMonths;
	}

	public void setNoticeMonths(Integer noticeMonths) {
		this.noticeMonths = noticeMonths;
	}

	public String getTerminationFee() {
		return this.terminationFee;
	}

	public void setTerminationFee(String terminationFee) {
		this.terminationFee = terminationFee;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Integer getTargetDeliveryDays() {
		return this.targetDeliveryDays;
	}

	public void setTargetDeliveryDays(Integer targetDeliveryDays) {
		this.targetDeliveryDays = targetDeliveryDays;
	}

}
