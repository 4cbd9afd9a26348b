package fr.openip.myopenip.quote.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.order.Orders.AmendableOffer;
import fr.openip.myopenip.order.Orders.LiveProduct;
import fr.openip.myopenip.order.Orders.LiveUnit;
import fr.openip.myopenip.quote.domain.QuoteLifeCycle.Move;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.Money;
import fr.openip.myopenip.shared.TenantOwned;

/**
 * A quote ("devis" {@code DEV000095225/1}): a client's basket of one offer's products, at
 * the catalogue's prices of the day, valid 30 days. It belongs to the client's reseller.
 * Its step ("Étape") is where its wizard stands: 1 "Constitution de mon panier".
 */
@Entity
@Table(name = "quote")
@EntityListeners(AuditingEntityListener.class)
public class Quote extends TenantOwned {

	/** Days a quote stays valid. */
	public static final int VALIDITY_DAYS = 30;

	/** Most units of one product on a quote. */
	public static final int MAX_QUANTITY = 9999;

	/** "N° devis" ({@code DEV} and 9 digits), shared by every version. */
	@Column(updatable = false)
	private String number;

	private int quoteVersion = 1;

	private long clientId;

	private String clientName;

	private String clientCity;

	/** The client's name lower-cased in the "C" collation, kept by the database (V13). */
	@Column(insertable = false, updatable = false)
	private String clientSort;

	private long offerId;

	private String offerName;

	private int commitmentMonths;

	private int step = 1;

	private BigDecimal setupTotal;

	private BigDecimal monthlyTotal;

	private LocalDate validUntil;

	/** "Commercial": who created it. */
	@CreatedBy
	@Column(nullable = false, updatable = false)
	private String createdBy;

	@OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<QuoteLine> lines = new ArrayList<>();

	/** "Site d'installation": one of the client's sites. */
	private Long installationSiteId;

	/** "Site de facturation": one of the client's billing points. */
	private Long billingPointId;

	@OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
	@jakarta.persistence.OrderBy("id")
	private java.util.Set<QuoteContact> contacts = new java.util.LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private QuoteStatus status = QuoteStatus.DRAFT;

	/** "Laisser un commentaire...". */
	private String comment;

	/** Where the reseller hears of its client's answer. */
	private String salesRepEmail;

	private Instant sentAt;

	/** SHA-256 of the signing link's token, while the link is valid. */
	private String signingTokenHash;

	private Instant decidedAt;

	private String decidedBy;

	@Enumerated(EnumType.STRING)
	private ValidationMode validationMode;

	/** The next version, once this one is replaced. */
	private Long replacedById;

	/**
	 * The OC this quote amends ("PROCESSUS EN COURS : AJOUT / RÉDUCTION"), or null for a
	 * new offer.
	 */
	private Long contractedOfferId;

	/** The units a reduction takes away, with the fate of their numbers. */
	@OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
	@jakarta.persistence.OrderBy("id")
	private List<QuoteRemoval> removals = new ArrayList<>();

	protected Quote() {
	}

	Quote(String number, ClientView client, String clientCity, OfferView offer, String salesRepEmail, LocalDate today) {
		super(client.referentId());
		this.number = number;
		this.salesRepEmail = salesRepEmail;
		this.clientId = client.id();
		this.clientName = client.name();
		this.clientCity = clientCity;
		this.offerId = offer.id();
		this.offerName = offer.name();
		this.commitmentMonths = offer.commitmentMonths();
		this.validUntil = today.plusDays(VALIDITY_DAYS);
	}

	/** The next version of {@code previous}, see {@link #nextVersion}. */
	private Quote(Quote previous, LocalDate today) {
		super(previous.getOwnerId());
		this.number = previous.number;
		this.quoteVersion = previous.quoteVersion + 1;
		this.clientId = previous.clientId;
		this.clientName = previous.clientName;
		this.clientCity = previous.clientCity;
		this.offerId = previous.offerId;
		this.offerName = previous.offerName;
		this.commitmentMonths = previous.commitmentMonths;
		this.step = Math.min(previous.step, 3);
		this.setupTotal = previous.setupTotal;
		this.monthlyTotal = previous.monthlyTotal;
		this.validUntil = today.plusDays(VALIDITY_DAYS);
		this.installationSiteId = previous.installationSiteId;
		this.billingPointId = previous.billingPointId;
		this.comment = previous.comment;
		this.salesRepEmail = previous.salesRepEmail;
		this.contractedOfferId = previous.contractedOfferId;
		previous.lines.forEach((line) -> this.lines.add(new QuoteLine(this, line)));
		previous.removals.forEach((removal) -> this.removals.add(new QuoteRemoval(this, removal.getProductId(),
				removal.getContractedSheetId(), removal.getSheetNumber(), removal.isKeepNumber())));
		previous.contacts.forEach((contact) -> this.contacts.add(new QuoteContact(this, contact.getContactId())));
	}

	/**
	 * Puts the basket: each product of the offer with its quantity (0 or none: not in the
	 * basket), at the catalogue's prices; refuses a product of another offer, a product
	 * no longer sold, an absurd quantity or an empty basket.
	 */
	void fill(Map<ProductView, Integer> quantities) {
		requireDraft();
		backToSummary();
		Map<Long, QuoteLine> existing = new java.util.HashMap<>();
		this.lines.forEach((line) -> existing.put(line.getProductId(), line));
		List<QuoteLine> filled = new ArrayList<>();
		quantities.forEach((product, quantity) -> {
			if (product.offerId() != this.offerId || product.retired()) {
				throw new BusinessRuleException("quote.error.productNotInOffer");
			}
			if (quantity == null || quantity == 0) {
				return;
			}
			if (quantity < 0 || quantity > MAX_QUANTITY) {
				throw new BusinessRuleException("quote.error.quantity", String.valueOf(MAX_QUANTITY));
			}
			QuoteLine line = existing.get(product.id());
			if (line == null) {
				filled.add(new QuoteLine(this, product, quantity));
			}
			else {
				line.change(product, quantity);
				filled.add(line);
			}
		});
		if (filled.isEmpty()) {
			throw new BusinessRuleException("quote.error.emptyBasket");
		}
		filled.sort(Comparator.comparing(QuoteLine::getSection).thenComparing(QuoteLine::getProductName));
		// Lines kept are changed in place, so that no insert collides with a delete
		this.lines.retainAll(filled);
		filled.stream().filter((line) -> !this.lines.contains(line)).forEach(this.lines::add);
		this.lines.sort(Comparator.comparing(QuoteLine::getSection).thenComparing(QuoteLine::getProductName));
		this.step = Math.max(this.step, 2);
		this.setupTotal = this.lines.stream().map(QuoteLine::getSetupTotal).reduce(Money.ZERO, BigDecimal::add);
		this.monthlyTotal = this.lines.stream().map(QuoteLine::getMonthlyTotal).reduce(Money.ZERO, BigDecimal::add);
		touch();
	}

	/**
	 * An amendment's basket: each product of the OC ({@code live}) and of its offer with
	 * its final quantity ({@code quantities}; a product not named keeps its quantity), at
	 * the catalogue's prices, and its discounts. Refuses a quantity below 0, a product of
	 * another offer or added while no longer sold, a new or dropped product when the
	 * offer allows no "Upgrade / Downgrade", and a basket that changes nothing. The units
	 * a reduction takes away are the newest ones until the user chooses
	 * ({@link #chooseRemovals}).
	 */
	void fillAmendment(Map<ProductView, Integer> quantities, Map<Long, BigDecimal> setupDiscounts,
			Map<Long, BigDecimal> monthlyDiscounts, AmendableOffer live, boolean upgradeAllowed) {
		requireDraft();
		backToSummary();
		Map<Long, QuoteLine> existing = new java.util.HashMap<>();
		this.lines.forEach((line) -> existing.put(line.getProductId(), line));
		List<QuoteLine> filled = new ArrayList<>();
		boolean changed = false;
		for (var entry : quantities.entrySet()) {
			ProductView product = entry.getKey();
			int initial = live.product(product.id()).map(LiveProduct::quantity).orElse(0);
			Integer typed = entry.getValue();
			int quantity = typed == null
					? (existing.containsKey(product.id()) ? existing.get(product.id()).getQuantity() : initial) : typed;
			if (product.offerId() != this.offerId) {
				throw new BusinessRuleException("quote.error.productNotInOffer");
			}
			if (quantity < 0 || quantity > MAX_QUANTITY) {
				throw new BusinessRuleException("quote.error.quantity", String.valueOf(MAX_QUANTITY));
			}
			if (product.retired() && quantity > initial) {
				throw new BusinessRuleException("quote.error.productNotInOffer");
			}
			if (!upgradeAllowed && ((initial == 0 && quantity > 0) || (initial > 0 && quantity == 0))) {
				throw new BusinessRuleException("amendment.error.noUpgrade", product.name());
			}
			if (quantity == 0 && initial == 0) {
				continue;
			}
			QuoteLine line = existing.get(product.id());
			if (line == null) {
				line = new QuoteLine(this, product, quantity);
			}
			else {
				line.change(product, quantity);
			}
			line.initial(initial, live.product(product.id()).map(LiveProduct::monthlyClient).orElse(Money.ZERO));
			line.discount(setupDiscounts.get(product.id()), monthlyDiscounts.get(product.id()));
			// a discount prices the units added: an amendment changes at least one
			// quantity,
			// or its order would have no sheet to work
			changed |= quantity != initial;
			filled.add(line);
		}
		if (!changed) {
			throw new BusinessRuleException("amendment.error.noChange");
		}
		filled.sort(Comparator.comparing(QuoteLine::getSection).thenComparing(QuoteLine::getProductName));
		this.lines.retainAll(filled);
		filled.stream().filter((line) -> !this.lines.contains(line)).forEach(this.lines::add);
		this.lines.sort(Comparator.comparing(QuoteLine::getSection).thenComparing(QuoteLine::getProductName));
		this.step = Math.max(this.step, 2);
		this.setupTotal = this.lines.stream().map(QuoteLine::getSetupTotal).reduce(Money.ZERO, BigDecimal::add);
		this.monthlyTotal = this.lines.stream().map(QuoteLine::getMonthlyTotal).reduce(Money.ZERO, BigDecimal::add);
		Map<Long, Boolean> kept = new java.util.HashMap<>();
		this.removals.forEach((removal) -> kept.put(removal.getContractedSheetId(), removal.isKeepNumber()));
		chooseRemovals(kept, live, true);
		touch();
	}

	/**
	 * Which units the reduction takes away ({@code chosen}: contracted sheet id → keep
	 * its number), exactly as many as each product loses; with {@code completed}, the
	 * newest units fill what the choice lacks and what it has too many is dropped.
	 */
	void chooseRemovals(Map<Long, Boolean> chosen, AmendableOffer live, boolean completed) {
		requireDraft();
		List<QuoteRemoval> next = new ArrayList<>();
		for (QuoteLine line : this.lines) {
			int reduction = -line.getEvolution();
			if (reduction <= 0) {
				continue;
			}
			List<LiveUnit> units = live.product(line.getProductId()).map(LiveProduct::units).orElse(List.of());
			List<LiveUnit> picked = new ArrayList<>(
					units.stream().filter((unit) -> chosen.containsKey(unit.contractedSheetId())).toList());
			if (completed) {
				for (int i = units.size() - 1; i >= 0 && picked.size() < reduction; i--) {
					if (!picked.contains(units.get(i))) {
						picked.add(units.get(i));
					}
				}
				picked = picked.subList(0, reduction);
			}
			else if (picked.size() != reduction) {
				throw new BusinessRuleException("amendment.error.removals", line.getProductName(), reduction);
			}
			for (LiveUnit unit : picked) {
				boolean keep = !Boolean.FALSE.equals(chosen.get(unit.contractedSheetId()));
				QuoteRemoval removal = this.removals.stream()
					.filter((existing) -> existing.getContractedSheetId() == unit.contractedSheetId())
					.findFirst()
					.orElseGet(() -> new QuoteRemoval(this, line.getProductId(), unit.contractedSheetId(),
							unit.number(), keep));
				removal.keep(keep);
				next.add(removal);
			}
		}
		if (!completed) {
			long named = chosen.keySet()
				.stream()
				.filter((id) -> next.stream().noneMatch((removal) -> removal.getContractedSheetId() == id))
				.count();
			if (named > 0) {
				throw new BusinessRuleException("amendment.error.notLive");
			}
		}
		// removals kept are changed in place, so that no insert collides with a delete
		this.removals.retainAll(next);
		next.stream().filter((removal) -> !this.removals.contains(removal)).forEach(this.removals::add);
		touch();
	}

	/**
	 * Step 2: the installation site and the billing site, both the client's (the caller
	 * checks so through the company module's API).
	 */
	void chooseSites(long installationSiteId, long billingPointId) {
		requireDraft();
		backToSummary();
		this.installationSiteId = installationSiteId;
		this.billingPointId = billingPointId;
		touch();
	}

	/** Adds one of the client's contacts as an on-site contact, once. */
	void addContact(long contactId) {
		requireDraft();
		if (this.contacts.stream().noneMatch((contact) -> contact.getContactId() == contactId)) {
			this.contacts.add(new QuoteContact(this, contactId));
			touch();
		}
	}

	void removeContact(long contactId) {
		requireDraft();
		if (this.contacts.removeIf((contact) -> contact.getContactId() == contactId)) {
			touch();
		}
	}

	/**
	 * Ends step 2: both sites chosen and at least one on-site contact, as the guide asks
	 * ("Ajoutez systématiquement un contact sur site").
	 */
	void completeSitesAndContacts() {
		requireDraft();
		if (this.installationSiteId == null || this.billingPointId == null) {
			throw new BusinessRuleException("quote.error.sitesRequired");
		}
		if (this.contacts.isEmpty()) {
			throw new BusinessRuleException("quote.error.contactRequired");
		}
		this.step = Math.max(this.step, 3);
		touch();
	}

	/** "Laisser un commentaire...": blank clears it. */
	void comment(String text) {
		requireDraft();
		this.comment = (text == null || text.isBlank()) ? null : text.strip();
		touch();
	}

	/** Ends step 3 "Récapitulatif". */
	void proceedToValidation() {
		QuoteLifeCycle.require(this.status, this.step, false, Move.PROCEED);
		completeSitesAndContacts();
		this.step = 4;
		touch();
	}

	/**
	 * "Notifier le client pour validation": the link's token (its hash) replaces any
	 * earlier one.
	 */
	void send(String tokenHash, Instant now, LocalDate today) {
		QuoteLifeCycle.require(this.status, this.step, isExpired(today), Move.SEND);
		this.status = QuoteStatus.SENT;
		this.signingTokenHash = tokenHash;
		this.sentAt = now;
		touch();
	}

	/** The quote is validated: by the client's signature, for it, or finally. */
	void validate(ValidationMode mode, String actor, Instant now, LocalDate today) {
		QuoteLifeCycle.require(this.status, this.step, isExpired(today),
				mode == ValidationMode.CLIENT_SIGNATURE ? Move.SIGN : Move.VALIDATE);
		decide(QuoteStatus.VALIDATED, actor, now);
		this.validationMode = mode;
	}

	/** The client refuses the quote sent to it. */
	void refuse(String actor, Instant now, LocalDate today) {
		QuoteLifeCycle.require(this.status, this.step, isExpired(today), Move.REFUSE);
		decide(QuoteStatus.REFUSED, actor, now);
	}

	private void decide(QuoteStatus decision, String actor, Instant now) {
		this.status = decision;
		this.decidedAt = now;
		this.decidedBy = actor;
		touch();
	}

	/** A change to steps 1 or 2 after the summary: the summary is to be read again. */
	private void backToSummary() {
		this.step = Math.min(this.step, 3);
	}

	private void requireDraft() {
		QuoteLifeCycle.require(this.status, this.step, false, Move.CHANGE);
	}

	/**
	 * "Renouveler la validité" of an expired draft: valid {@value #VALIDITY_DAYS} days
	 * again from today (a sent one is renewed as its next version).
	 */
	void renew(LocalDate today) {
		QuoteLifeCycle.require(this.status, this.step, isExpired(today), Move.RENEW);
		if (this.status != QuoteStatus.DRAFT) {
			throw new BusinessRuleException("quote.error.readOnly");
		}
		this.validUntil = today.plusDays(VALIDITY_DAYS);
		touch();
	}

	/**
	 * The next version of a quote sent or refused that is about to change: the same
	 * number, basket, sites and contacts, back at step 3 at most, valid 30 days again.
	 * This one is then replaced.
	 */
	Quote nextVersion(LocalDate today) {
		QuoteLifeCycle.require(this.status, this.step, false, Move.NEW_VERSION);
		Quote next = new Quote(this, today);
		this.status = QuoteStatus.SUPERSEDED;
		touch();
		return next;
	}

	/** An amendment of {@code contractedOfferId}, from its sites and contacts. */
	void amends(long contractedOfferId, long installationSiteId, Long billingPointId, List<Long> contactIds) {
		this.contractedOfferId = contractedOfferId;
		this.installationSiteId = installationSiteId;
		this.billingPointId = billingPointId;
		contactIds.forEach(this::addContact);
	}

	public Long getContractedOfferId() {
		return this.contractedOfferId;
	}

	/** "PROCESSUS EN COURS : AJOUT / RÉDUCTION". */
	public boolean isAmendment() {
		return this.contractedOfferId != null;
	}

	public List<QuoteRemoval> getRemovals() {
		return Collections.unmodifiableList(this.removals);
	}

	void replacedBy(long nextId) {
		this.replacedById = nextId;
	}

	/** Past its validity without a decision. */
	public boolean isExpired(LocalDate today) {
		return (this.status == QuoteStatus.DRAFT || this.status == QuoteStatus.SENT) && today.isAfter(this.validUntil);
	}

	public QuoteStatus getStatus() {
		return this.status;
	}

	public String getComment() {
		return this.comment;
	}

	public String getSalesRepEmail() {
		return this.salesRepEmail;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public ValidationMode getValidationMode() {
		return this.validationMode;
	}

	public Long getReplacedById() {
		return this.replacedById;
	}

	public Long getInstallationSiteId() {
		return this.installationSiteId;
	}

	public Long getBillingPointId() {
		return this.billingPointId;
	}

	/** The ids of the on-site contacts, in the order they were added. */
	public List<Long> getContactIds() {
		return this.contacts.stream().map(QuoteContact::getContactId).toList();
	}

	/** The totals at the standard VAT rate (step 1: no billing point chosen yet). */
	public Totals getTotals() {
		return Totals.of(this.setupTotal, this.monthlyTotal, Money.STANDARD_VAT_RATE);
	}

	/** "DEV000095225/1". */
	public String getReference() {
		return this.number + "/" + this.quoteVersion;
	}

	public String getNumber() {
		return this.number;
	}

	public int getQuoteVersion() {
		return this.quoteVersion;
	}

	public long getClientId() {
		return this.clientId;
	}

	public String getClientName() {
		return this.clientName;
	}

	public String getClientCity() {
		return this.clientCity;
	}

	public long getOfferId() {
		return this.offerId;
	}

	public String getOfferName() {
		return this.offerName;
	}

	public int getCommitmentMonths() {
		return this.commitmentMonths;
	}

	public int getStep() {
		return this.step;
	}

	public BigDecimal getSetupTotal() {
		return this.setupTotal;
	}

	public BigDecimal getMonthlyTotal() {
		return this.monthlyTotal;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public List<QuoteLine> getLines() {
		return Collections.unmodifiableList(this.lines);
	}

}
