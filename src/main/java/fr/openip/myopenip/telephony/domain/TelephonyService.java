package fr.openip.myopenip.telephony.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * A hosted-telephony service ("Réf. du service" {@code SRV…}): the delivered OC of a
 * MetaCentrex offer at one client site, whose licences are given to users.
 */
@Entity
@Table(name = "telephony_service")
public class TelephonyService extends TenantOwned {

	@Generated
	private String number;

	private String name;

	private long contractedOfferId;

	private String contractedOfferNumber;

	private long clientId;

	private String clientName;

	@Column(insertable = false, updatable = false)
	private String clientSort;

	private String clientAccount;

	private long siteId;

	private String siteName;

	private String sitePostalCode;

	@Enumerated(EnumType.STRING)
	private ServiceType serviceType = ServiceType.METACENTREX;

	@Enumerated(EnumType.STRING)
	private ServiceState state = ServiceState.ACTIVE;

	protected TelephonyService() {
	}

	TelephonyService(Long ownerId, String name, long contractedOfferId, String contractedOfferNumber, long clientId,
			String clientName, String clientAccount, long siteId, String siteName, String sitePostalCode) {
		super(ownerId);
		this.name = name;
		this.contractedOfferId = contractedOfferId;
		this.contractedOfferNumber = contractedOfferNumber;
		this.clientId = clientId;
		this.clientName = clientName;
		this.clientAccount = clientAccount;
		this.siteId = siteId;
		this.siteName = siteName;
		this.sitePostalCode = sitePostalCode;
	}

	/** Its OC was terminated ("Résiliée"). */
	void terminate() {
		this.state = ServiceState.TERMINATED;
		touch();
	}

	public boolean isActive() {
		return this.state == ServiceState.ACTIVE;
	}

	public String getNumber() {
		return this.number;
	}

	public String getName() {
		return this.name;
	}

	public long getContractedOfferId() {
		return this.contractedOfferId;
	}

	public String getContractedOfferNumber() {
		return this.contractedOfferNumber;
	}

	public long getClientId() {
		return this.clientId;
	}

	public String getClientName() {
		return this.clientName;
	}

	public String getClientAccount() {
		return this.clientAccount;
	}

	public long getSiteId() {
		return this.siteId;
	}

	public String getSiteName() {
		return this.siteName;
	}

	public String getSitePostalCode() {
		return this.sitePostalCode;
	}

	public ServiceType getServiceType() {
		return this.serviceType;
	}

	public ServiceState getState() {
		return this.state;
	}

}
