package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * "Editer le devis (en pdf)": the quote as the client reads and signs it — the operator's
 * identity, the client, its sites and contacts, the lines at client prices (never the
 * operator's prices nor margins), the totals, the offer's terms, the validity and a
 * signature block.
 */
@Component
public class QuotePdf {

	private final PdfDocuments pdfs;

	private final Companies companies;

	private final Catalogue catalogue;

	private final QuoteSummary summary;

	private final fr.openip.myopenip.telephony.Telephony telephony;

	private final TransactionTemplate reading;

	QuotePdf(PdfDocuments pdfs, Companies companies, Catalogue catalogue, QuoteSummary summary,
			fr.openip.myopenip.telephony.Telephony telephony, PlatformTransactionManager transactions) {
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.telephony = telephony;
		this.pdfs = pdfs;
		this.companies = companies;
		this.catalogue = catalogue;
		this.summary = summary;
	}

	/**
	 * Reads what the PDF shows in a read-only transaction once its turn to render has
	 * come, then renders it with the connection back in the pool (a caller's own
	 * transaction, when there is one, is joined).
	 */
	public byte[] render(Quote quote) {
		return this.pdfs.render("quote", () -> this.reading.execute((status) -> variables(quote)));
	}

	private Map<String, Object> variables(Quote quote) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("quote", quote);
		variables.put("client", this.companies.client(quote.getClientId()).orElse(null));
		variables.put("site", quote.getInstallationSiteId() == null ? null
				: this.companies.site(quote.getClientId(), quote.getInstallationSiteId()).orElse(null));
		variables.put("billingPoint", quote.getBillingPointId() == null ? null
				: this.companies.billingPoint(quote.getClientId(), quote.getBillingPointId()).orElse(null));
		variables.put("contacts",
				quote.getContactIds()
					.stream()
					.map((id) -> this.companies.contact(quote.getClientId(), id).orElse(null))
					.filter(Objects::nonNull)
					.toList());
		variables.put("offer", this.catalogue.offer(quote.getOfferId()).orElse(null));
		variables.put("partner", this.companies.partner(quote.getOwnerId()).map((p) -> p.name()).orElse(""));
		BigDecimal rate = this.summary.vatRate(quote);
		variables.put("totals", Totals.of(quote.getSetupTotal(), quote.getMonthlyTotal(), rate));
		variables.put("vatPercent", rate.movePointRight(2).stripTrailingZeros().toPlainString());
		variables.put("sections", sections(quote.getLines()));
		variables.put("licences", !quote.isAmendment() || quote.getRemovals().isEmpty() ? java.util.Map.of()
				: this.telephony.licencesOf(quote.getContractedOfferId()));
		return variables;
	}

	private static Map<String, List<QuoteLine>> sections(List<QuoteLine> lines) {
		Map<String, List<QuoteLine>> sections = new LinkedHashMap<>();
		lines.forEach(
				(line) -> sections.computeIfAbsent(line.getSection(), (key) -> new java.util.ArrayList<>()).add(line));
		return sections;
	}

}
