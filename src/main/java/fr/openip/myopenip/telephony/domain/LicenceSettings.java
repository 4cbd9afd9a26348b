package fr.openip.myopenip.telephony.domain;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.Actors;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.EmailAddresses;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.telephony.domain.ServiceEvent.Kind;

/**
 * A licence's user and settings, and "affecter" a number of the client's pool to it. The
 * emergency number must be a geographic number of the site's zone, the Fax2Mail number a
 * French number; a licence that has a number keeps it until it is dissociated (to change
 * a user's licence, its number is dissociated first, as the guide says).
 */
@Service
public class LicenceSettings {

	private final Services services;

	private final PhoneNumberRepository numbers;

	private final ServiceEventRepository events;

	private final LicenceRepository licences;

	LicenceSettings(Services services, PhoneNumberRepository numbers, ServiceEventRepository events,
			LicenceRepository licences) {
		this.licences = licences;
		this.services = services;
		this.numbers = numbers;
		this.events = events;
	}

	/**
	 * Saves the user and settings typed; {@code numberId}, a free number of the pool to
	 * give the licence (null: none, or keep its own).
	 * @throws InvalidSetting beside its field; nothing is written
	 * @throws ObjectOptimisticLockingFailureException when the licence changed since the
	 * form was read
	 */
	@Transactional
	public Licence save(long serviceId, long licenceId, long expectedVersion, UserSettings typed, Long numberId) {
		TelephonyService service = this.services.get(serviceId);
		Licence licence = this.services.licence(serviceId, licenceId);
		if (licence.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Licence.class, licenceId);
		}
		if (!service.isActive()) {
			throw new BusinessRuleException("telephony.error.serviceTerminated");
		}
		UserSettings settings = check(service, typed);
		if (settings.extension() != null
				&& this.licences.existsByServiceIdAndExtensionAndIdNot(serviceId, settings.extension(), licenceId)) {
			throw new InvalidSetting("extension", "telephony.error.extensionTaken", settings.extension());
		}
		licence.configure(settings);
		this.events.save(new ServiceEvent(service, licence.getId(), Kind.USER_SET,
				licence.getSheetNumber() + " : " + licence.getUserName(), Actors.current()));
		if (numberId != null) {
			assign(service, licence, numberId);
		}
		return licence;
	}

	private void assign(TelephonyService service, Licence licence, long numberId) {
		PhoneNumber current = this.numbers.findByLicenceId(licence.getId()).orElse(null);
		if (current != null && current.getId() == numberId) {
			return;
		}
		if (current != null) {
			throw new InvalidSetting("numberId", "telephony.error.dissociateFirst", current.getNumber());
		}
		PhoneNumber number = this.numbers.findByIdAndClientId(numberId, service.getClientId())
			.orElseThrow(() -> new NotFoundException("PhoneNumber", numberId));
		try {
			number.assignTo(licence);
		}
		catch (BusinessRuleException refused) {
			throw new InvalidSetting("numberId", refused.getMessageKey(), refused.getArguments());
		}
		this.events.save(new ServiceEvent(service, licence.getId(), Kind.NUMBER_ASSIGNED,
				licence.getSheetNumber() + " : " + FrenchNumbers.display(number.getNumber()), Actors.current()));
	}

	/** An extension: 2 to 6 digits, not starting with 0 (the outside line). */
	static final String EXTENSION = "[1-9]\\d{1,5}";

	private static UserSettings check(TelephonyService service, UserSettings typed) {
		String lastName = text(typed.lastName(), "lastName", 100);
		String firstName = text(typed.firstName(), "firstName", 100);
		if (lastName == null) {
			throw new InvalidSetting("lastName", "telephony.error.lastName");
		}
		String emergency = null;
		if (typed.emergencyNumber() != null && !typed.emergencyNumber().isBlank()) {
			emergency = FrenchNumbers.normalize(typed.emergencyNumber());
			if (emergency == null) {
				throw new InvalidSetting("emergencyNumber", "telephony.error.number");
			}
			int zone = FrenchNumbers.zoneOfPostalCode(service.getSitePostalCode());
			if (FrenchNumbers.zoneOfNumber(emergency) == 0
					|| (zone != 0 && FrenchNumbers.zoneOfNumber(emergency) != zone)) {
				throw new InvalidSetting("emergencyNumber", "telephony.error.emergencyZone",
						zone == 0 ? "01 à 05" : "0" + zone);
			}
		}
		String fax = null;
		if (typed.fax2mailNumber() != null && !typed.fax2mailNumber().isBlank()) {
			fax = FrenchNumbers.normalize(typed.fax2mailNumber());
			if (fax == null) {
				throw new InvalidSetting("fax2mailNumber", "telephony.error.number");
			}
		}
		String email = EmailAddresses.normalize(typed.email());
		if (email != null && !EmailAddresses.isPlausible(email)) {
			throw new InvalidSetting("email", "form.error.email");
		}
		if (email == null && typed.voicemailToEmail()) {
			throw new InvalidSetting("email", "form.error.voicemailEmail");
		}
		String extension = text(typed.extension(), "extension", 6);
		if (extension != null && !extension.matches(EXTENSION)) {
			throw new InvalidSetting("extension", "form.error.extension");
		}
		return new UserSettings(lastName, firstName, emergency, fax, typed.outgoingRestriction(),
				typed.beyondPlanRestricted(), typed.supervisor(), email, extension, typed.voicemailToEmail());
	}

	private static String text(String typed, String field, int max) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		if (text.length() > max) {
			throw new InvalidSetting(field, "telephony.error.tooLong", max);
		}
		return text;
	}

}
