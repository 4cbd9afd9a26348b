package fr.openip.myopenip.telephony.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.list.ListQuery;
import fr.openip.myopenip.shared.list.Lists;

/**
 * A service's "Utilisateurs": its licences, filtered as guide 004 shows (SDA, Licence,
 * Réf. accountcode, Réf. fiche produit contractée, État, Numéro d'urgence, Site, Numéro
 * Fax2Mail, Restrictions d'appels sortants, … hors forfait illimité, Superviseur), read
 * as every list is.
 */
@Component
public class LicenceList {

	private static final Map<String, String> SORTS = Map.of("sheet", "l.sheetNumber", "name", "lower(l.name)", "user",
			"lower(l.userLastName)", "state", "l.state");

	public static final Set<String> SORT_KEYS = SORTS.keySet();

	private final Lists lists;

	LicenceList(Lists lists) {
		this.lists = lists;
	}

	/** The filters; any may be null. */
	public record LicenceQuery(String sda, String licence, String accountCode, String sheet, LicenceState state,
			String emergencyNumber, String site, String fax2mailNumber, OutgoingRestriction outgoingRestriction,
			Boolean beyondPlanRestricted, Boolean supervisor) {

		public static LicenceQuery none() {
			return new LicenceQuery(null, null, null, null, null, null, null, null, null, null, null);
		}

	}

	/** A page of the licences of {@code serviceId} (a service the user may see). */
	@Transactional(readOnly = true)
	public Page<LicenceRow> page(long serviceId, LicenceQuery query, String sort, boolean ascending, int page,
			int size) {
		ListQuery list = ListQuery.from("Licence", "l")
			.where("l.serviceId = :service", "service", serviceId)
			.where("l.id in (select n2.licenceId from PhoneNumber n2 where n2.number like :sda)", "sda",
					digits(query.sda()))
			.where("lower(l.name) like :licence escape '\\'", "licence", contains(query.licence()))
			.where("l.accountCode = :accountCode", "accountCode", upper(query.accountCode()))
			.where("l.sheetNumber = :sheet", "sheet", upper(query.sheet()))
			.where("l.state = :state", "state", query.state())
			.where("l.emergencyNumber like :emergency", "emergency", digits(query.emergencyNumber()))
			.where("lower(l.siteName) like :site escape '\\'", "site", ListQuery.likePrefix(query.site()))
			.where("l.fax2mailNumber like :fax", "fax", digits(query.fax2mailNumber()))
			.where("l.outgoingRestriction = :outgoing", "outgoing", query.outgoingRestriction())
			.where("l.beyondPlanRestricted = :beyond", "beyond", query.beyondPlanRestricted())
			.where("l.supervisor = :supervisor", "supervisor", query.supervisor())
			// a number's prefix matches ten numbers or thousands: planned with its value
			.planWithValues()
			.orderBy(SORTS, SORTS.containsKey(sort) ? sort : "sheet", ascending);
		return this.lists.page(list, LicenceRow.ROWS, page, size);
	}

	/** The start of a number typed with or without spaces: its digits, then anything. */
	private static String digits(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.replaceAll("[^0-9]", "");
		return digits.isEmpty() ? "-" : digits + "%";
	}

	private static String contains(String typed) {
		String prefix = ListQuery.likePrefix(typed);
		return prefix == null ? null : "%" + prefix;
	}

	private static String upper(String text) {
		return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
	}

}
