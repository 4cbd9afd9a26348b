package fr.openip.myopenip.company;

import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.Site;
import fr.openip.myopenip.company.CompanyState;
import fr.openip.myopenip.company.Address;
import fr.openip.myopenip.company.domain.Contact;
import fr.openip.myopenip.company.domain.CompanyRepository;
import fr.openip.myopenip.company.domain.BillingPointRepository;
import fr.openip.myopenip.company.domain.SiteRepository;
import fr.openip.myopenip.company.domain.BillingPoint;
import fr.openip.myopenip.company.domain.ContactRepository;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.VatRegime;
import fr.openip.myopenip.company.Civility;

/**
 * What other modules may know of a client or prospect, by id, as small records: a quote,
 * an order or an offer holds the client's id and asks here for what it shows. Answers go
 * through the tenant filter like every read: another reseller's id answers nothing
 * (empty), which the caller turns into a 404. A child is found only under its own client.
 */
@Service
@Transactional(readOnly = true)
public class Companies {

	/**
	 * A partner company, one that owns accounts: the operator, a reseller, an ambassador.
	 */
	public record PartnerView(long id, String name, CompanyUniverse universe, boolean active) {
	}

	/** A client or prospect. */
	public record ClientView(long id, String name, String accountNumber, Long referentId, String referentName,
			boolean prospect, CompanyState state, String siren, String reference) {
	}

	/** A site of a client ("Site d'installation"). */
	public record SiteView(long id, long clientId, String name, boolean main, String siret, String phone,
			Address address) {
	}

	/**
	 * A billing point ("Site de facturation"); VAT applies unless its régime says not.
	 */
	public record BillingPointView(long id, long clientId, boolean defaultPoint, String holder, String email,
			PaymentMode paymentMode, VatRegime vatRegime, Address address) {

		public boolean vatApplies() {
			return this.vatRegime == null || this.vatRegime == VatRegime.SUBJECT;
		}

	}

	/** A contact of a client, its administrator or an on-site contact. */
	public record ContactView(long id, long clientId, Civility civility, String lastName, String firstName,
			String phone, String mobile, String email, boolean administrator) {
	}

	/**
	 * A client with the parts of it a page shows together: a site, a billing point, some
	 * contacts (each null or empty when not asked for, or not the client's).
	 */
	public record ClientParts(ClientView client, SiteView site, BillingPointView billingPoint,
			List<ContactView> contacts) {
	}

	private static final List<CompanyUniverse> PARTNER_UNIVERSES = List.of(CompanyUniverse.OPERATOR,
			CompanyUniverse.RESELLER, CompanyUniverse.AMBASSADOR);

	private final CompanyRepository companies;

	private final SiteRepository sites;

	private final BillingPointRepository billingPoints;

	private final ContactRepository contacts;

	Companies(CompanyRepository companies, SiteRepository sites, BillingPointRepository billingPoints,
			ContactRepository contacts) {
		this.companies = companies;
		this.sites = sites;
		this.billingPoints = billingPoints;
		this.contacts = contacts;
	}

	/** The partner companies, by name (read as columns: no entity is loaded). */
	public List<PartnerView> partners() {
		return this.companies.findSummaries(PARTNER_UNIVERSES)
			.stream()
			.map((row) -> new PartnerView((Long) row[0], (String) row[1], (CompanyUniverse) row[2],
					row[3] == CompanyState.ACTIVE))
			.toList();
	}

	/**
	 * The names of these partner companies the user may see, by id (a list's
	 * "Partenaires" column: one small query for the ids of a page).
	 */
	public java.util.Map<Long, String> partnerNames(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.companies.findNames(ids, PARTNER_UNIVERSES)
				.forEach((row) -> names.put((Long) row[0], (String) row[1]));
		}
		return names;
	}

	/**
	 * The ids of the partner companies whose name starts with {@code prefix} (at most
	 * 100): a list's "Entreprise référente" or "Revendeur" filter typed as text.
	 */
	public List<Long> partnerIdsNamed(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		String from = prefix.strip().toLowerCase(java.util.Locale.ROOT);
		return this.companies.findPartnerIds(from, PARTNER_UNIVERSES, from + Character.MAX_VALUE);
	}

	/** The partner company, if the current user may see it. */
	public Optional<PartnerView> partner(long id) {
		return this.companies.findById(id)
			.filter((company) -> company.getUniverse().isPartner())
			.map(Companies::partnerView);
	}

	/**
	 * The client or prospect, if the current user may see it (never a partner company).
	 */
	public Optional<ClientView> client(long id) {
		return this.companies.findWithReferentById(id)
			.filter((company) -> !company.getUniverse().isPartner())
			.map(Companies::clientView);
	}

	/**
	 * The client, if the current user may see it, with its site and billing point of
	 * these ids and these contacts: one statement, and one more for the contacts.
	 */
	public Optional<ClientParts> parts(long clientId, Long siteId, Long billingPointId,
			java.util.Collection<Long> contactIds) {
		List<Object[]> rows = this.companies.findWithParts(clientId, siteId, billingPointId);
		if (rows.isEmpty() || ((Company) rows.get(0)[0]).getUniverse().isPartner()) {
			return Optional.empty();
		}
		Object[] row = rows.get(0);
		List<ContactView> contacts = (contactIds == null || contactIds.isEmpty()) ? List.of()
				: this.contacts.findByCompanyIdAndIdInOrderByAdministratorDescLastNameAsc(clientId, contactIds)
					.stream()
					.map(Companies::view)
					.toList();
		return Optional.of(new ClientParts(clientView((Company) row[0]), row[1] == null ? null : view((Site) row[1]),
				row[2] == null ? null : view((BillingPoint) row[2]), contacts));
	}

	private static ClientView clientView(Company company) {
		return new ClientView(company.getId(), company.getName(), company.getAccountNumber(),
				company.getReferent() == null ? null : company.getReferent().getId(),
				company.getReferent() == null ? null : company.getReferent().getName(), company.isProspect(),
				company.getState(), company.getSiren(), company.getClientReference());
	}

	/**
	 * The first 20 clients and prospects the user may see whose name starts with
	 * {@code prefix}, by name.
	 */
	public List<ClientView> clientsNamed(String prefix) {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		return this.companies
			.findTop20ByUniverseAndSortNameStartingWithOrderBySortNameAscIdAsc(CompanyUniverse.END_CLIENT,
					prefix.trim().toLowerCase(java.util.Locale.ROOT))
			.stream()
			.map(Companies::clientView)
			.toList();
	}

	/** Its sites, the main one first; none for a client the user may not see. */
	public List<SiteView> sites(long clientId) {
		return client(clientId).isEmpty() ? List.of()
				: this.sites.findByCompanyIdOrderByMainDescIdAsc(clientId).stream().map(Companies::view).toList();
	}

	public Optional<SiteView> site(long clientId, long siteId) {
		return client(clientId).flatMap((client) -> this.sites.findByIdAndCompanyId(siteId, clientId))
			.map(Companies::view);
	}

	/** Its billing points, the default one first. */
	public List<BillingPointView> billingPoints(long clientId) {
		return client(clientId).isEmpty() ? List.of()
				: this.billingPoints.findByCompanyIdOrderByDefaultPointDescIdAsc(clientId)
					.stream()
					.map(Companies::view)
					.toList();
	}

	public Optional<BillingPointView> billingPoint(long clientId, long billingPointId) {
		return client(clientId).flatMap((client) -> this.billingPoints.findByIdAndCompanyId(billingPointId, clientId))
			.map(Companies::view);
	}

	/**
	 * What a SEPA mandate is prefilled with: the billing point's holder and, when it pays
	 * by direct debit, its IBAN, BIC and RUM.
	 */
	public record BankDetails(String holder, PaymentMode paymentMode, String iban, String bic, String rum) {
	}

	public Optional<BankDetails> bankDetails(long clientId, long billingPointId) {
		return client(clientId).flatMap((client) -> this.billingPoints.findByIdAndCompanyId(billingPointId, clientId))
			.map((point) -> new BankDetails(point.getHolder(), point.getPaymentMode(), point.getIban(), point.getBic(),
					point.getRum()));
	}

	/** Its contacts, the administrator first. */
	public List<ContactView> contacts(long clientId) {
		return client(clientId).isEmpty() ? List.of()
				: this.contacts.findByCompanyIdOrderByAdministratorDescLastNameAsc(clientId)
					.stream()
					.map(Companies::view)
					.toList();
	}

	public Optional<ContactView> contact(long clientId, long contactId) {
		return client(clientId).flatMap((client) -> this.contacts.findByIdAndCompanyId(contactId, clientId))
			.map(Companies::view);
	}

	private static PartnerView partnerView(Company company) {
		return new PartnerView(company.getId(), company.getName(), company.getUniverse(), company.isActive());
	}

	private static SiteView view(Site site) {
		return new SiteView(site.getId(), site.getCompany().getId(), site.getName(), site.isMain(), site.getSiret(),
				site.getPhone(), site.getAddress());
	}

	private static BillingPointView view(BillingPoint point) {
		return new BillingPointView(point.getId(), point.getCompany().getId(), point.isDefaultPoint(),
				point.getHolder(), point.getEmail(), point.getPaymentMode(), point.getVatRegime(), point.getAddress());
	}

	private static ContactView view(Contact contact) {
		return new ContactView(contact.getId(), contact.getCompany().getId(), contact.getCivility(),
				contact.getLastName(), contact.getFirstName(), contact.getPhone(), contact.getMobile(),
				contact.getEmail(), contact.isAdministrator());
	}

}
