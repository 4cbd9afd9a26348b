package fr.openip.myopenip.catalogue.domain;

import fr.openip.myopenip.shared.Audited;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.Money;

/**
 * An offer of the catalogue ("offre", {@code OFO…}): its terms of engagement, renewal and
 * termination. A retired offer is no longer sold but stays on the quotes and OCs that
 * hold it.
 */
@Entity
@Table(name = "offer")
public class Offer extends Audited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** "Réf." ({@code OFO} and digits), given by the database. */
	@Generated
	private String reference;

	@Column(nullable = false)
	private String name;

	private String description;

	private boolean upgradeAllowed;

	private boolean packaged;

	private int commitmentMonths;

	private boolean tacitRenewal;

	private Integer renewalMonths;

	private boolean terminationAllowed;

	private Integer noticeMonths;

	private BigDecimal terminationFee;

	/** "Délai de livraison cible", in working days. */
	private Integer targetDeliveryDays;

	private Instant retiredAt;

	protected Offer() {
	}

	public Offer(OfferTerms terms) {
		change(terms);
	}

	public void change(OfferTerms terms) {
		if (terms.targetDeliveryDays() != null && (terms.targetDeliveryDays() < 1
				|| terms.targetDeliveryDays() > OfferTerms.MAX_TARGET_DELIVERY_DAYS)) {
			throw BusinessRuleException.onField("targetDeliveryDays", "catalogue.error.targetDelivery",
					OfferTerms.MAX_TARGET_DELIVERY_DAYS);
		}
		this.targetDeliveryDays = terms.targetDeliveryDays();
		this.name = terms.name().trim();
		this.description = blankToNull(terms.description());
		this.upgradeAllowed = terms.upgradeAllowed();
		this.packaged = terms.packaged();
		this.commitmentMonths = terms.commitmentMonths();
		this.tacitRenewal = terms.tacitRenewal();
		this.renewalMonths = terms.tacitRenewal() ? terms.renewalMonths() : null;
		this.terminationAllowed = terms.terminationAllowed();
		this.noticeMonths = terms.terminationAllowed() ? terms.noticeMonths() : null;
		this.terminationFee = (terms.terminationAllowed() && terms.terminationFee() != null)
				? Money.of(terms.terminationFee()) : null;
	}

	public void retire(Instant now) {
		this.retiredAt = now;
	}

	public void reinstate() {
		this.retiredAt = null;
	}

	public OfferTerms terms() {
		return new OfferTerms(this.name, this.description, this.upgradeAllowed, this.packaged, this.commitmentMonths,
				this.tacitRenewal, this.renewalMonths, this.terminationAllowed, this.noticeMonths, this.terminationFee,
				this.targetDeliveryDays);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Integer getTargetDeliveryDays() {
		return this.targetDeliveryDays;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public boolean isUpgradeAllowed() {
		return this.upgradeAllowed;
	}

	public boolean isPackaged() {
		return this.packaged;
	}

	public int getCommitmentMonths() {
		return this.commitmentMonths;
	}

	public boolean isTacitRenewal() {
		return this.tacitRenewal;
	}

	public Integer getRenewalMonths() {
		return this.renewalMonths;
	}

	public boolean isTerminationAllowed() {
		return this.terminationAllowed;
	}

	public Integer getNoticeMonths() {
		return this.noticeMonths;
	}

	public BigDecimal getTerminationFee() {
		return this.terminationFee;
	}

	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

}
