package fr.openip.myopenip.telephony.domain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.openip.myopenip.shared.TenantOwned;

/**
 * A "Groupement": licences of one service that ring together, in turn or in a circle, in
 * the order of their members.
 */
@Entity
@Table(name = "hunt_group")
public class HuntGroup extends TenantOwned {

	private long serviceId;

	private String name;

	@Enumerated(EnumType.STRING)
	private HuntStrategy strategy;

	private Long[] memberIds;

	protected HuntGroup() {
	}

	HuntGroup(TelephonyService service) {
		super(service.getOwnerId());
		this.serviceId = service.getId();
	}

	void change(String name, HuntStrategy strategy, List<Long> members) {
		this.name = name;
		this.strategy = strategy;
		this.memberIds = members.stream().distinct().toArray(Long[]::new);
		touch();
	}

	/** A member's number was dissociated: it leaves the group. */
	boolean remove(Long licenceId) {
		List<Long> members = getMemberIds();
		if (!members.contains(licenceId)) {
			return false;
		}
		this.memberIds = members.stream().filter((id) -> !id.equals(licenceId)).toArray(Long[]::new);
		touch();
		return true;
	}

	public long getServiceId() {
		return this.serviceId;
	}

	public String getName() {
		return this.name;
	}

	public HuntStrategy getStrategy() {
		return this.strategy;
	}

	public List<Long> getMemberIds() {
		return this.memberIds == null ? List.of() : List.of(this.memberIds);
	}

}
