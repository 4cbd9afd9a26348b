package fr.openip.myopenip.paperwork;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.paperwork.FormFields;
import fr.openip.myopenip.paperwork.domain.SalesForm;
import fr.openip.myopenip.paperwork.domain.SalesFormRepository;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.pdf.PdfDocuments;

/**
 * The forms a sale needs, kept in step with its quote: a porting mandate per unit of a
 * product that ports a number (the catalogue says which), a SEPA mandate when its billing
 * point pays by direct debit (prefilled from it). A form no longer needed goes unless
 * signed; the quote's next version keeps the forms of its number.
 */
@Service
public class SalesForms {

	/** A line of a sale: the product and how many units. */
	public record SaleLine(long productId, String productName, int quantity) {
	}

	/**
	 * What a sale holds, as the quote module tells it: an amendment's lines are the units
	 * it adds, its {@code takenExtensions} those the OC's service gives already.
	 */
	public record Sale(long quoteId, String quoteNumber, long ownerId, long clientId, String clientName,
			Long billingPointId, List<SaleLine> lines, java.util.Set<String> takenExtensions) {

		public Sale(long quoteId, String quoteNumber, long ownerId, long clientId, String clientName,
				Long billingPointId, List<SaleLine> lines) {
			this(quoteId, quoteNumber, ownerId, clientId, clientName, billingPointId, lines, java.util.Set.of());
		}

	}

	/** A form as a quote's page lists it. */
	public record FormView(long id, FormType type, String productName, int unit, FormState state, long version) {

		public boolean toComplete() {
			return this.state == FormState.TO_COMPLETE;
		}

	}

	/** A form's PDF as the client reads and signs it, and its SHA-256. */
	public record FormDocument(long id, FormType type, String productName, int unit, byte[] content, String sha256) {

		static FormDocument of(SalesForm form) {
			return new FormDocument(form.getId(), form.getType(), form.getProductName(), form.getUnit(),
					form.getDocument(), form.getDocumentSha256());
		}

	}

	private final SalesFormRepository forms;

	private final PdfDocuments pdf;

	private final Catalogue catalogue;

	private final Companies companies;

	private final Clock clock;

	SalesForms(SalesFormRepository forms, Catalogue catalogue, Companies companies, PdfDocuments pdf, Clock clock) {
		this.forms = forms;
		this.pdf = pdf;
		this.catalogue = catalogue;
		this.companies = companies;
		this.clock = clock;
	}

	/**
	 * The forms the sale needs now: the missing ones made, the ones no longer needed
	 * gone.
	 */
	@Transactional
	public void sync(Sale sale) {
		Map<String, SalesForm> existing = new HashMap<>();
		for (SalesForm form : ofSale(sale.quoteNumber())) {
			existing.put(key(form.getType(), form.getProductId(), form.getUnit()), form);
		}
		List<SalesForm> needed = new ArrayList<>();
		Map<Long, FormType> perUnit = this.catalogue
			.formsNeeded(sale.lines().stream().map(SaleLine::productId).toList());
		for (SaleLine line : sale.lines()) {
			FormType type = perUnit.get(line.productId());
			for (int unit = 1; type != null && unit <= line.quantity(); unit++) {
				SalesForm form = existing.remove(key(type, line.productId(), unit));
				if (form == null) {
					form = new SalesForm(sale.ownerId(), sale.quoteId(), sale.quoteNumber(), sale.clientId(),
							sale.clientName(), type, line.productId(), line.productName(), unit);
				}
				needed.add(form);
			}
		}
		Companies.BankDetails bank = sale.billingPointId() == null ? null
				: this.companies.bankDetails(sale.clientId(), sale.billingPointId()).orElse(null);
		if (bank != null && bank.paymentMode() == PaymentMode.DIRECT_DEBIT) {
			SalesForm mandate = existing.remove(key(FormType.SEPA_MANDATE, null, 1));
			if (mandate == null) {
				mandate = new SalesForm(sale.ownerId(), sale.quoteId(), sale.quoteNumber(), sale.clientId(),
						sale.clientName(), FormType.SEPA_MANDATE, null, null, 1);
				mandate.prefill(bank.holder(), bank.iban(), bank.bic(), bank.rum());
			}
			needed.add(mandate);
		}
		prefillExtensions(needed, sale.takenExtensions());
		// what the sale no longer needs goes, unless the client signed it
		this.forms.deleteAll(existing.values().stream().filter((form) -> form.getState() != FormState.SIGNED).toList());
		needed.forEach((form) -> form.follow(sale.quoteId(), sale.clientName()));
		this.forms.saveAll(needed);
	}

	/**
	 * Each licence's setup sheet not yet completed gets an extension no other of the sale
	 * has, nor the service it adds to: 101, 102…
	 */
	private static void prefillExtensions(List<SalesForm> forms, java.util.Set<String> givenAlready) {
		java.util.Set<String> taken = new java.util.HashSet<>(givenAlready);
		forms.stream()
			.filter((form) -> form.getType() == FormType.METACENTREX_SETUP && form.setup().extension() != null)
			.forEach((form) -> taken.add(form.setup().extension()));
		int next = 101;
		for (SalesForm form : forms) {
			if (form.getType() == FormType.METACENTREX_SETUP && form.setup().extension() == null) {
				while (taken.contains(String.valueOf(next))) {
					next++;
				}
				form.prefillExtension(String.valueOf(next));
				taken.add(String.valueOf(next));
			}
		}
	}

	/**
	 * A porting mandate of a sale, completed or signed: its product and unit, its fields.
	 */
	public record PortingMandate(long productId, int unit, FormFields fields) {
	}

	/**
	 * The porting mandates of a quote, completed (or signed): what the OC's portings take
	 * when its order is placed.
	 */
	@Transactional(readOnly = true)
	public List<PortingMandate> portingMandates(long quoteId) {
		return this.forms.findByQuoteIdAndType(quoteId, FormType.PORTING_MANDATE)
			.stream()
			.filter((form) -> form.getState() == FormState.COMPLETED || form.getState() == FormState.SIGNED)
			.map((form) -> new PortingMandate(form.getProductId(), form.getUnit(), form.fields()))
			.toList();
	}

	/** A licence's setup as the sale says it: its product and unit, and the sheet. */
	public record LicenceSetupOfSale(long productId, int unit, LicenceSetup setup) {
	}

	/**
	 * The setup sheets of a quote's licences, completed (or signed): what the order
	 * desk's delivery applies to the licences.
	 */
	@Transactional(readOnly = true)
	public List<LicenceSetupOfSale> licenceSetups(long quoteId) {
		return this.forms.findByQuoteIdAndType(quoteId, FormType.METACENTREX_SETUP)
			.stream()
			.filter((form) -> form.getState() == FormState.COMPLETED || form.getState() == FormState.SIGNED)
			.map((form) -> new LicenceSetupOfSale(form.getProductId(), form.getUnit(), form.setup()))
			.toList();
	}

	/**
	 * The quote's next version is made: its forms follow it, the link of the previous one
	 * void (none frozen, a refused one to correct again).
	 */
	@Transactional
	public void newVersion(String quoteNumber, long quoteId) {
		ofSale(quoteNumber).forEach((form) -> form.follow(quoteId, form.getClientName()));
	}

	/**
	 * The quote goes to its client: each form, complete, is rendered to the PDF the
	 * client will read and sign, and frozen with its SHA-256 until the client answers.
	 * @return the documents frozen, in the quote's order of forms
	 */
	@Transactional
	public List<FormDocument> freeze(String quoteNumber) {
		List<FormDocument> frozen = new ArrayList<>();
		for (SalesForm form : ofSale(quoteNumber)) {
			if (form.getState() == FormState.SIGNED) {
				continue;
			}
			byte[] pdf = this.pdf.render("sales-form", Map.of("form", form, "fields", form.fields()));
			form.freeze(pdf, PdfDocuments.sha256(pdf));
			frozen.add(FormDocument.of(form));
		}
		return frozen;
	}

	/** The forms frozen for the client's signature, with their PDF. */
	@Transactional(readOnly = true)
	public List<FormDocument> frozen(String quoteNumber) {
		return ofSale(quoteNumber).stream()
			.filter((form) -> form.isFrozen() && form.getState() == FormState.COMPLETED)
			.map(FormDocument::of)
			.toList();
	}

	/** The client signed the envelope: every form frozen with it is "Signé". */
	@Transactional
	public void sign(String quoteNumber) {
		decide(quoteNumber, true);
	}

	/** The client refused the envelope: every form frozen with it is "Refusé". */
	@Transactional
	public void refuse(String quoteNumber) {
		decide(quoteNumber, false);
	}

	private void decide(String quoteNumber, boolean signed) {
		for (SalesForm form : ofSale(quoteNumber)) {
			if (form.isFrozen() && form.getState() == FormState.COMPLETED) {
				if (signed) {
					form.sign(this.clock.instant());
				}
				else {
					form.refuse(this.clock.instant());
				}
			}
		}
	}

	/** The forms of a quote (of its number), by type, product and unit. */
	@Transactional(readOnly = true)
	public List<FormView> ofQuote(String quoteNumber) {
		return this.forms.findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(quoteNumber)
			.stream()
			.map((form) -> new FormView(form.getId(), form.getType(), form.getProductName(), form.getUnit(),
					form.getState(), form.getVersion()))
			.toList();
	}

	/** How many forms of the quote (of its number) are still to complete. */
	@Transactional(readOnly = true)
	public long toComplete(String quoteNumber) {
		return this.forms.countByQuoteNumberAndState(quoteNumber, FormState.TO_COMPLETE);
	}

	/** A form's fields as they stand (a SEPA mandate as prefilled, a licence's setup). */
	@Transactional(readOnly = true)
	public FormFields fields(long id) {
		return get(id).fields();
	}

	@Transactional(readOnly = true)
	public SalesForm get(long id) {
		return this.forms.findById(id).orElseThrow(() -> new NotFoundException("SalesForm", id));
	}

	/**
	 * Completes the form with its fields, checked for its type.
	 * @throws fr.openip.myopenip.shared.BusinessRuleException on the first field refused
	 * @throws ObjectOptimisticLockingFailureException when the form changed since the
	 * page was read
	 */
	@Transactional
	public SalesForm complete(long id, long expectedVersion, FormFields fields) {
		SalesForm form = get(id);
		if (form.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(SalesForm.class, id);
		}
		form.complete(fields, PortalClock.today(this.clock), this.clock.instant());
		if (form.getType() == FormType.METACENTREX_SETUP) {
			requireOwnExtensionAndNumber(form);
		}
		return form;
	}

	/**
	 * Two licences of a sale share neither an extension nor a number.
	 * @throws fr.openip.myopenip.shared.BusinessRuleException beside the field, the
	 * transaction rolled back
	 */
	private void requireOwnExtensionAndNumber(SalesForm form) {
		LicenceSetup setup = form.setup();
		for (SalesForm other : this.forms.findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(form.getQuoteNumber())) {
			if (other.getId().equals(form.getId()) || other.getType() != FormType.METACENTREX_SETUP
					|| other.getState() == FormState.TO_COMPLETE) {
				continue;
			}
			if (setup.extension().equals(other.setup().extension())) {
				throw fr.openip.myopenip.shared.BusinessRuleException.onField("extension", "form.error.extensionTaken",
						setup.extension());
			}
			if (setup.number() != null && setup.number().equals(other.setup().number())) {
				throw fr.openip.myopenip.shared.BusinessRuleException.onField("lineNumber", "form.error.numberTaken",
						setup.number());
			}
		}
	}

	/**
	 * The forms signed with the quote: its termination letters, signed on their own, are
	 * apart.
	 */
	private List<SalesForm> ofSale(String quoteNumber) {
		return this.forms.findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(quoteNumber)
			.stream()
			.filter((form) -> form.getType() != FormType.TERMINATION_LETTER)
			.toList();
	}

	private static String key(FormType type, Long productId, int unit) {
		return type + "/" + productId + "/" + unit;
	}

}
