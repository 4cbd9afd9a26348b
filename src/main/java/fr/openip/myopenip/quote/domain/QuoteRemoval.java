package fr.openip.myopenip.quote.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A unit a reduction takes away: a contracted sheet ({@code FPC…}) of the amended OC, and
 * for a licence's number whether the client keeps it in its pool ("Conserver le numéro")
 * or it goes into quarantine.
 */
@Entity
@Table(name = "quote_removal")
public class QuoteRemoval extends QuotePart {

	private long contractedSheetId;

	private String sheetNumber;

	private long productId;

	private boolean keepNumber = true;

	protected QuoteRemoval() {
	}

	QuoteRemoval(Quote quote, long productId, long contractedSheetId, String sheetNumber, boolean keepNumber) {
		super(quote);
		this.productId = productId;
		this.contractedSheetId = contractedSheetId;
		this.sheetNumber = sheetNumber;
		this.keepNumber = keepNumber;
	}

	void keep(boolean keepNumber) {
		if (this.keepNumber != keepNumber) {
			this.keepNumber = keepNumber;
			touch();
		}
	}

	public long getContractedSheetId() {
		return this.contractedSheetId;
	}

	public String getSheetNumber() {
		return this.sheetNumber;
	}

	public long getProductId() {
		return this.productId;
	}

	public boolean isKeepNumber() {
		return this.keepNumber;
	}

}
