package fr.openip.myopenip.order.domain;

import java.time.Instant;
import java.time.LocalDate;

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.shared.list.ListRow;
import fr.openip.myopenip.shared.list.ListRows;

/**
 * A line of "Portabilités de numéros": the number, its donor operator and RIO, the dates
 * asked for and confirmed, the sheet's state, its OC and client, and its rounds with the
 * order desk: the rejection waiting for the reseller, if any, how many there were, and
 * when the reseller last corrected it (until the desk works it again).
 */
public record PortingRow(long id, String sheetNumber, String number, String donorOperator, String rio,
		LocalDate requestedOn, LocalDate plannedDelivery, LocalDate deliveredOn, SheetState state,
		long contractedOfferId, String offerNumber, String clientName, PortingRejection rejection, int rejections,
		Instant correctedAt) implements ListRow {

	static final ListRows<PortingRow> ROWS = ListRows.of(PortingRow.class,
			"new fr.openip.myopenip.order.domain.PortingRow(s.id, s.number, s.portingNumber, s.donorOperator, s.rio,"
					+ " s.portingRequestedOn, s.plannedDelivery, s.deliveredOn, s.state, s.contractedOfferId,"
					+ " o.number, o.clientName, s.portingRejection, s.portingRejections, s.portingCorrectedAt)",
			"join ContractedOffer o on o.id = s.contractedOfferId");

	/** How many rounds the porting took: one, and one more for each rejection. */
	public int rounds() {
		return this.rejections + 1;
	}

	/**
	 * "Date de portabilité confirmée": the planned date once confirmed, or the delivery.
	 */
	public LocalDate confirmedOn() {
		return ContractedSheet.confirmedOn(this.state, this.plannedDelivery, this.deliveredOn);
	}

}
