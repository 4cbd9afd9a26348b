package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyUniverse;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.openip.myopenip.company.domain.Contact.Function;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.list.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads companies and what hangs from them, always through the tenant filter: a reseller
 * reads only its own.
 */
@Service
public class ClientDirectory {

	/** Sortable columns of the company lists. */
	public static final java.util.Set<String> COMPANY_SORTS = CompanyPages.SORTS.keySet();

	/** Sortable columns of the contact list. */
	public static final Map<String, String> CONTACT_SORTS = Map.of("lastName", "lastName", "firstName", "firstName",
			"email", "email", "company", "company.name");

	private final CompanyRepository companies;

	private final SiteRepository sites;

	private final BillingPointRepository billingPoints;

	private final ContactRepository contacts;

	private final HistoryRepository history;

	private final CompanyPages pages;

	ClientDirectory(CompanyRepository companies, SiteRepository sites, BillingPointRepository billingPoints,
			ContactRepository contacts, HistoryRepository history, CompanyPages pages) {
		this.pages = pages;
		this.companies = companies;
		this.sites = sites;
		this.billingPoints = billingPoints;
		this.contacts = contacts;
		this.history = history;
	}

	/** One page of a list, filtered and sorted in the database. */
	@Transactional(readOnly = true)
	public Page<CompanyRow> search(CompanyList list, CompanyQuery query, String sort, boolean ascending, int page,
			int size) {
		return this.pages.find(list, query, sort, ascending, page, size);
	}

	/** The first {@code limit} rows of a list, for its export. */
	@Transactional(readOnly = true)
	public List<CompanyRow> export(CompanyList list, CompanyQuery query, String sort, boolean ascending, int limit) {
		return this.pages.all(list, query, sort, ascending, limit);
	}

	/** One page of the contacts of the visible companies. */
	@Transactional(readOnly = true)
	public Page<Contact> searchContacts(String name, String companyName, Function function, String sort,
			boolean ascending, int page, int size) {
		Specification<Contact> spec = (root, q, cb) -> cb.conjunction();
		if (StringUtils.hasText(name)) {
			String prefix = likePrefix(name);
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("lastName")), prefix, '\\'),
					cb.like(cb.lower(root.get("firstName")), prefix, '\\')));
		}
		if (StringUtils.hasText(companyName)) {
			String prefix = likePrefix(companyName);
			spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("company").get("name")), prefix, '\\'));
		}
		if (function != null) {
			spec = spec.and((root, q, cb) -> cb.like(root.get("functions"), "%" + function.name() + "%"));
		}
		String property = CONTACT_SORTS.getOrDefault(sort, "lastName");
		Sort order = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, property).and(Sort.by("id"));
		return this.contacts.findAll(spec, Pages.of(page, size, order));
	}

	/**
	 * A company the user may open: a reseller's own company is not one of them (it opens
	 * its clients and prospects; its own referent, the operator, is out of its sight),
	 * and answers 404 as any company not its own.
	 */
	@Transactional(readOnly = true)
	public Company get(long id) {
		if (id == TenantFilter.currentTenant()) {
			throw new CompanyNotFoundException("Company", id);
		}
		return this.companies.findWithReferentById(id).orElseThrow(() -> new CompanyNotFoundException("Company", id));
	}

	/** A client or prospect (not a partner company, which admins manage elsewhere). */
	@Transactional(readOnly = true)
	public Company client(long id) {
		Company company = get(id);
		if (company.getUniverse().isPartner()) {
			throw new CompanyNotFoundException("Client", id);
		}
		return company;
	}

	/** Everything the client page shows, in a bounded number of queries. */
	@Transactional(readOnly = true)
	public ClientFile file(long id) {
		Company company = get(id);
		return new ClientFile(company, this.sites.findByCompanyIdOrderByMainDescIdAsc(id),
				this.billingPoints.findByCompanyIdOrderByDefaultPointDescIdAsc(id),
				this.contacts.findByCompanyIdOrderByAdministratorDescLastNameAsc(id),
				this.history.findTop200ByCompanyIdOrderByOccurredAtDescIdDesc(id));
	}

	/** A company with its sites, billing points, contacts and history. */
	public record ClientFile(Company company, List<Site> sites, List<BillingPoint> billingPoints,
			List<Contact> contacts, List<HistoryEntry> history) {

		public Site mainSite() {
			return this.sites.stream().filter(Site::isMain).findFirst().orElse(null);
		}

		public boolean canBecomeClient() {
			return !this.billingPoints.isEmpty() && this.contacts.stream().anyMatch(Contact::isAdministrator);
		}

	}

	@Transactional(readOnly = true)
	public Site site(long companyId, long siteId) {
		return this.sites.findByIdAndCompanyId(siteId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("Site", siteId));
	}

	@Transactional(readOnly = true)
	public BillingPoint billingPoint(long companyId, long billingPointId) {
		return this.billingPoints.findByIdAndCompanyId(billingPointId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("Billing point", billingPointId));
	}

	@Transactional(readOnly = true)
	public Contact contact(long companyId, long contactId) {
		return this.contacts.findByIdAndCompanyId(contactId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("Contact", contactId));
	}

	/** The companies a new client may be brought by (for the operator's staff). */
	@Transactional(readOnly = true)
	public List<Company> possibleReferents() {
		return this.companies.findByUniverseInOrderByName(
				List.of(CompanyUniverse.OPERATOR, CompanyUniverse.RESELLER, CompanyUniverse.AMBASSADOR));
	}

	private static String likePrefix(String typed) {
		return typed.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}

}
