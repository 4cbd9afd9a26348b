package fr.openip.myopenip.catalogue.domain;

import java.time.Instant;

import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * An offer as the catalogue's list shows it: with how many of its products are on sale.
 */
public record OfferRow(long id, String reference, String name, int commitmentMonths, boolean tacitRenewal,
		boolean upgradeAllowed, Instant retiredAt, long products) implements ListRow {

	static final ListRows<OfferRow> ROWS = ListRows.of(OfferRow.class,
			"new fr.openip.myopenip.catalogue.domain.OfferRow(o.id, o.reference, o.name, o.commitmentMonths,"
					+ " o.tacitRenewal, o.upgradeAllowed, o.retiredAt,"
					+ " (select count(p.id) from Product p where p.offer = o and p.retiredAt is null))",
			"");

	public boolean retired() {
		return this.retiredAt != null;
	}

}
