package fr.openip.myopenip.telephony;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.telephony.domain.FrenchNumbers;
import fr.openip.myopenip.telephony.domain.Licence;
import fr.openip.myopenip.telephony.domain.PhoneNumber;
import fr.openip.myopenip.telephony.domain.Services;

/**
 * What other modules may ask of hosted telephony: the licences of an OC, with their user
 * and number, so that a reduction can say which ones go and what becomes of their
 * numbers; the extensions it gives, so that an ajout's setup sheets take others.
 */
@Service
@Transactional(readOnly = true)
public class Telephony {

	/** A licence, by its contracted sheet: its user and its number, if any. */
	public record LicenceView(long contractedSheetId, String sheetNumber, String userName, String number) {

		/** "01 42 42 42 42", or null. */
		public String displayedNumber() {
			return this.number == null ? null : FrenchNumbers.display(this.number);
		}

	}

	private final Services services;

	Telephony(Services services) {
		this.services = services;
	}

	/**
	 * The licences of the OC's service by contracted sheet id; none without a service.
	 */
	public Map<Long, LicenceView> licencesOf(long contractedOfferId) {
		Map<Long, LicenceView> views = new LinkedHashMap<>();
		this.services.forOffer(contractedOfferId).ifPresent((service) -> {
			var licences = this.services.allLicences(service.getId());
			Map<Long, PhoneNumber> numbers = this.services.numbersOf(licences);
			for (Licence licence : licences) {
				PhoneNumber number = numbers.get(licence.getId());
				views.put(licence.getContractedSheetId(), new LicenceView(licence.getContractedSheetId(),
						licence.getSheetNumber(), licence.getUserName(), number == null ? null : number.getNumber()));
			}
		});
		return views;
	}

	/**
	 * The extensions the OC's service gives already: an amendment's new licences take
	 * others.
	 */
	public Set<String> extensionsOf(long contractedOfferId) {
		Set<String> extensions = new TreeSet<>();
		this.services.forOffer(contractedOfferId)
			.ifPresent((service) -> this.services.allLicences(service.getId())
				.stream()
				.map(Licence::getExtension)
				.filter(Objects::nonNull)
				.forEach(extensions::add));
		return extensions;
	}

}
