package fr.openip.myopenip.telephony.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.NotFoundException;

/**
 * Reads a service and what hangs from it, through the tenant filter: another reseller's
 * service, licence, group or number is not found (404).
 */
@Service
@Transactional(readOnly = true)
public class Services {

	private static final int HISTORY_SIZE = 200;

	private final TelephonyServiceRepository services;

	private final LicenceRepository licences;

	private final PhoneNumberRepository numbers;

	private final HuntGroupRepository groups;

	private final ServiceEventRepository events;

	Services(TelephonyServiceRepository services, LicenceRepository licences, PhoneNumberRepository numbers,
			HuntGroupRepository groups, ServiceEventRepository events) {
		this.services = services;
		this.licences = licences;
		this.numbers = numbers;
		this.groups = groups;
		this.events = events;
	}

	public TelephonyService get(long id) {
		return this.services.findById(id).orElseThrow(() -> new NotFoundException("TelephonyService", id));
	}

	/** The service of an OC, if it has one the user may see. */
	public java.util.Optional<TelephonyService> forOffer(long contractedOfferId) {
		return this.services.findByContractedOfferId(contractedOfferId);
	}

	/** Every licence of the service, by sheet number. */
	public List<Licence> allLicences(long serviceId) {
		return this.licences.findByServiceIdOrderBySheetNumber(serviceId);
	}

	public Licence licence(long serviceId, long licenceId) {
		get(serviceId);
		return this.licences.findByIdAndServiceId(licenceId, serviceId)
			.orElseThrow(() -> new NotFoundException("Licence", licenceId));
	}

	/** The licences named, all of this service, in sheet order; one missing is a 404. */
	public List<Licence> licences(long serviceId, List<Long> licenceIds) {
		get(serviceId);
		List<Licence> found = this.licences.findByServiceIdAndIdInOrderBySheetNumber(serviceId, licenceIds);
		if (found.size() != licenceIds.stream().distinct().count()) {
			throw new NotFoundException("Licence", licenceIds);
		}
		return found;
	}

	/** The number of each of these licences that has one. */
	public Map<Long, PhoneNumber> numbersOf(List<Licence> licences) {
		return this.numbers.findByLicenceIdIn(licences.stream().map(Licence::getId).toList())
			.stream()
			.collect(Collectors.toMap(PhoneNumber::getLicenceId, Function.identity()));
	}

	/** The service's client's pool: every number, by number. */
	public List<PhoneNumber> pool(TelephonyService service) {
		return this.numbers.findByClientIdOrderByNumber(service.getClientId());
	}

	/** The numbers a licence of the service may be given. */
	public List<PhoneNumber> freeNumbers(TelephonyService service) {
		return this.numbers.findByClientIdAndStateOrderByNumber(service.getClientId(), NumberState.FREE);
	}

	/** The sheet number ({@code FPC…}) of each of these licences. */
	public Map<Long, String> sheetNumbers(java.util.Collection<Long> licenceIds) {
		return this.licences.findAllById(licenceIds)
			.stream()
			.collect(Collectors.toMap(Licence::getId, Licence::getSheetNumber));
	}

	public List<HuntGroup> groups(long serviceId) {
		return this.groups.findByServiceIdOrderByNameAscIdAsc(serviceId);
	}

	public HuntGroup group(long serviceId, long groupId) {
		get(serviceId);
		return this.groups.findByIdAndServiceId(groupId, serviceId)
			.orElseThrow(() -> new NotFoundException("HuntGroup", groupId));
	}

	/** The service's users (licences given to one), for its groups. */
	public List<Licence> users(long serviceId) {
		return this.licences.findByServiceIdAndUserLastNameNotNullOrderByUserLastNameAscIdAsc(serviceId);
	}

	public long licenceCount(long serviceId) {
		return this.licences.countByServiceId(serviceId);
	}

	/** Its history, newest first. */
	public List<ServiceEvent> history(long serviceId) {
		return this.events.findByServiceIdOrderByCreatedAtDescIdDesc(serviceId, PageRequest.of(0, HISTORY_SIZE));
	}

}
