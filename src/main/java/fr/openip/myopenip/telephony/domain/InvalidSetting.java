package fr.openip.myopenip.telephony.domain;

import fr.openip.myopenip.shared.BusinessRuleException;

/**
 * A field of a telephony form (a licence's settings, a group) and what is wrong with it,
 * shown beside the field; nothing is written.
 */
public class InvalidSetting extends BusinessRuleException {

	InvalidSetting(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
