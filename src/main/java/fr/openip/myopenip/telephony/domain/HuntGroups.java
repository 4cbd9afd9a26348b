package fr.openip.myopenip.telephony.domain;

import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.Actors;
import fr.openip.myopenip.telephony.domain.ServiceEvent.Kind;

/**
 * "Groupements": a service's groups of users, created, changed and deleted; a group's
 * members are users of the same service, its name unique within it.
 */
@Service
public class HuntGroups {

	/** The most members a group may have. */
	static final int MAX_MEMBERS = 100;

	private final Services services;

	private final HuntGroupRepository groups;

	private final ServiceEventRepository events;

	HuntGroups(Services services, HuntGroupRepository groups, ServiceEventRepository events) {
		this.services = services;
		this.groups = groups;
		this.events = events;
	}

	/** A new group, or {@code groupId}'s changed ({@code expectedVersion} as read). */
	@Transactional
	public HuntGroup save(long serviceId, Long groupId, long expectedVersion, String name, HuntStrategy strategy,
			List<Long> memberIds) {
		TelephonyService service = this.services.get(serviceId);
		HuntGroup group = groupId == null ? new HuntGroup(service) : this.services.group(serviceId, groupId);
		if (groupId != null && group.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(HuntGroup.class, groupId);
		}
		String named = name == null ? "" : name.strip();
		if (named.isEmpty() || named.length() > 100) {
			throw new InvalidSetting("name", "telephony.error.groupName", 100);
		}
		if (this.groups.existsByServiceIdAndNameIgnoreCaseAndIdNot(serviceId, named, groupId == null ? -1 : groupId)) {
			throw new InvalidSetting("name", "telephony.error.groupNameTaken", named);
		}
		if (strategy == null) {
			throw new InvalidSetting("strategy", "telephony.error.strategy");
		}
		List<Long> members = memberIds == null ? List.of() : memberIds.stream().distinct().toList();
		if (members.size() > MAX_MEMBERS) {
			throw new InvalidSetting("memberIds", "telephony.error.tooManyMembers", MAX_MEMBERS);
		}
		if (!members.isEmpty()) {
			// every member a user of this service, or the whole change is refused (404)
			List<Licence> licences = this.services.licences(serviceId, members);
			if (licences.stream().anyMatch((licence) -> licence.getState() != LicenceState.ACTIVE)) {
				throw new InvalidSetting("memberIds", "telephony.error.memberWithoutUser");
			}
		}
		group.change(named, strategy, members);
		HuntGroup saved = this.groups.save(group);
		this.events.save(new ServiceEvent(service, null, groupId == null ? Kind.GROUP_CREATED : Kind.GROUP_CHANGED,
				named, Actors.current()));
		return saved;
	}

	@Transactional
	public void delete(long serviceId, long groupId, long expectedVersion) {
		TelephonyService service = this.services.get(serviceId);
		HuntGroup group = this.services.group(serviceId, groupId);
		if (group.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(HuntGroup.class, groupId);
		}
		this.groups.delete(group);
		this.events.save(new ServiceEvent(service, null, Kind.GROUP_DELETED, group.getName(), Actors.current()));
	}

}
