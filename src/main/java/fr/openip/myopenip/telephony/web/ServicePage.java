package fr.openip.myopenip.telephony.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.openip.myopenip.telephony.domain.Licence;

/** What a service's pages show of its licences. */
final class ServicePage {

	private ServicePage() {
	}

	/** Each user's licence id → "FPC… · Prénom Nom". */
	static Map<Long, String> names(List<Licence> users) {
		Map<Long, String> names = new LinkedHashMap<>();
		users
			.forEach((licence) -> names.put(licence.getId(), licence.getSheetNumber() + " · " + licence.getUserName()));
		return names;
	}

}
