package fr.openip.myopenip.telephony.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.Actors;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.web.Formats;
import fr.openip.myopenip.telephony.TelephonyProperties;
import fr.openip.myopenip.telephony.domain.ServiceEvent.Kind;

/**
 * "Actions → Dissocier vos numéros" on licences of one service, all or none: each
 * licence's user stops, its settings and its own history are deleted, it leaves its
 * groups, and the licence stays, free for a new user (it is not terminated); its number
 * goes back to the client's pool when kept ("Conserver le numéro : Oui"), or into
 * quarantine until a date otherwise. The service is worked one action at a time (its row
 * is locked): the same licences dissociated twice, or by two users at once, are
 * dissociated once, and the second is told.
 */
@Service
public class NumberDissociation {

	/** What was done: how many numbers kept, how many in quarantine, until when. */
	public record Dissociated(int kept, int quarantined, LocalDate quarantineUntil) {
	}

	private final TelephonyServiceRepository services;

	private final LicenceRepository licences;

	private final Services reads;

	private final PhoneNumberRepository numbers;

	private final HuntGroupRepository groups;

	private final ServiceEventRepository events;

	private final TelephonyProperties properties;

	private final Clock clock;

	private final Formats formats;

	NumberDissociation(TelephonyServiceRepository services, LicenceRepository licences, Services reads,
			PhoneNumberRepository numbers, HuntGroupRepository groups, ServiceEventRepository events,
			TelephonyProperties properties, Clock clock, Formats formats) {
		this.licences = licences;
		this.formats = formats;
		this.services = services;
		this.reads = reads;
		this.numbers = numbers;
		this.groups = groups;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** When a number not kept today could be given again. */
	public LocalDate quarantineEnd() {
		return PortalClock.today(this.clock).plus(this.properties.quarantine());
	}

	/**
	 * Dissociates the number of each licence named, kept or not ({@code keep}: licence id
	 * → "Conserver le numéro").
	 * @throws NotFoundException when a licence is not of this service (another service,
	 * another reseller's): nothing is done
	 * @throws BusinessRuleException when a licence has no number (already dissociated):
	 * nothing is done
	 */
	@Transactional
	public Dissociated dissociate(long serviceId, Map<Long, Boolean> keep) {
		TelephonyService service = this.services.findForUpdate(serviceId)
			.orElseThrow(() -> new NotFoundException("TelephonyService", serviceId));
		if (keep == null || keep.isEmpty()) {
			throw new BusinessRuleException("telephony.error.noLicence");
		}
		List<Long> ids = new ArrayList<>(keep.keySet());
		List<Licence> licences = this.reads.licences(serviceId, ids);
		Map<Long, PhoneNumber> numbersOf = this.reads.numbersOf(licences);
		for (Licence licence : licences) {
			if (!numbersOf.containsKey(licence.getId())) {
				throw new BusinessRuleException("telephony.error.nothingToDissociate", licence.getSheetNumber());
			}
		}
		int kept = free(service, licences, numbersOf, keep);
		return new Dissociated(kept, licences.size() - kept, quarantineEnd());
	}

	/**
	 * Licences an amendment took away (their contracted sheets terminated): each number
	 * dissociated as the amendment's quote said ({@code keep}: licence id → kept; kept
	 * when not said), then the licences themselves go. In the order desk's transaction.
	 */
	void remove(TelephonyService service, List<Licence> licences, Map<Long, Boolean> keep) {
		if (licences.isEmpty()) {
			return;
		}
		this.services.findForUpdate(service.getId());
		Map<Long, PhoneNumber> numbersOf = this.reads.numbersOf(licences);
		free(service, licences, numbersOf, keep);
		this.licences.deleteAll(licences);
	}

	/**
	 * Frees the licences: their numbers kept or quarantined, their settings, own history
	 * and groups gone; answers how many numbers were kept.
	 */
	private int free(TelephonyService service, List<Licence> licences, Map<Long, PhoneNumber> numbersOf,
			Map<Long, Boolean> keep) {
		LocalDate until = quarantineEnd();
		List<HuntGroup> groups = this.groups.findByServiceIdOrderByNameAscIdAsc(service.getId());
		this.events.deleteByLicenceIds(licences.stream().map(Licence::getId).toList());
		String actor = Actors.current();
		int kept = 0;
		for (Licence licence : licences) {
			PhoneNumber number = numbersOf.get(licence.getId());
			if (number != null) {
				String shown = licence.getSheetNumber() + " : " + FrenchNumbers.display(number.getNumber());
				if (!Boolean.FALSE.equals(keep.get(licence.getId()))) {
					number.keep();
					kept++;
					this.events.save(new ServiceEvent(service, null, Kind.NUMBER_KEPT, shown, actor));
				}
				else {
					number.quarantine(until);
					this.events.save(new ServiceEvent(service, null, Kind.NUMBER_QUARANTINED,
							shown + " (" + this.formats.date(until) + ")", actor));
				}
			}
			licence.free();
			groups.forEach((group) -> group.remove(licence.getId()));
		}
		return kept;
	}

}
