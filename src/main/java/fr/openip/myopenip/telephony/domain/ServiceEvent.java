package fr.openip.myopenip.telephony.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * A line of a service's history: who did what, when. A user's own lines name its licence,
 * and go with its settings when its number is dissociated.
 */
@Entity
@Table(name = "service_event")
public class ServiceEvent extends TenantOwned {

	/** What happened; its message is {@code telephony.event.KIND}. */
	public enum Kind {

		PROVISIONED, TERMINATED, USER_SET, NUMBER_ASSIGNED, NUMBER_KEPT, NUMBER_QUARANTINED, GROUP_CREATED,
		GROUP_CHANGED, GROUP_DELETED

	}

	private long serviceId;

	private Long licenceId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String detail;

	private String actor;

	protected ServiceEvent() {
	}

	ServiceEvent(TelephonyService service, Long licenceId, Kind kind, String detail, String actor) {
		super(service.getOwnerId());
		this.serviceId = service.getId();
		this.licenceId = licenceId;
		this.kind = kind;
		this.detail = detail;
		this.actor = actor;
	}

	public long getServiceId() {
		return this.serviceId;
	}

	public Long getLicenceId() {
		return this.licenceId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getActor() {
		return this.actor;
	}

}
