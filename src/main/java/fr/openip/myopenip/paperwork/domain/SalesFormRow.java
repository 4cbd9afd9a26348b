package fr.openip.myopenip.paperwork.domain;

import java.time.Instant;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormState;
import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/** A line of "Formulaires". */
public record SalesFormRow(long id, FormType type, FormState state, String quoteNumber, long quoteId, String clientName,
		String productName, int unit, Instant createdAt, Instant completedAt, Instant decidedAt,
		Long ownerId) implements ListRow {

	static final ListRows<SalesFormRow> ROWS = ListRows
		.of(SalesFormRow.class,
				"new fr.openip.myopenip.paperwork.domain.SalesFormRow(f.id, f.type, f.state, f.quoteNumber, f.quoteId,"
						+ " f.clientName, f.productName, f.unit, f.createdAt, f.completedAt, f.decidedAt, f.ownerId)",
				"");

}
