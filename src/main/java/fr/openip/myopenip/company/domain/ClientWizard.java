package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyEvents;

import fr.openip.myopenip.company.CompanyUniverse;

import java.util.List;

import fr.openip.myopenip.company.domain.CompanyDocuments.Upload;
import fr.openip.myopenip.company.domain.HistoryEntry.Subject;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.TenantFilter;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 4 steps of "Nouveau client final" (and of a new prospect): each step is saved as a
 * draft ("Enregistrer en brouillon") or saved and completed ("Enregistrer et continuer");
 * saving the last step creates the client ("Votre client est créé.").
 */
@Service
public class ClientWizard {

	private final CompanyRepository companies;

	private final SiteRepository sites;

	private final BillingPointRepository billingPoints;

	private final ContactRepository contacts;

	private final CompanyHistory history;

	private final CompanyDocuments documents;

	private final ClientEditing editing;

	private final org.springframework.context.ApplicationEventPublisher events;

	ClientWizard(CompanyRepository companies, SiteRepository sites, BillingPointRepository billingPoints,
			ContactRepository contacts, CompanyHistory history, CompanyDocuments documents, ClientEditing editing,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.editing = editing;
		this.companies = companies;
		this.sites = sites;
		this.billingPoints = billingPoints;
		this.contacts = contacts;
		this.history = history;
	}

	/**
	 * "Créer le compte client" (step 4 of a prospect's quote): in one form and one
	 * transaction, the billing point with its bank details and documents, the SIREN and
	 * the main site's SIRET, the administrator; the prospect becomes a client.
	 */
	@Transactional
	public Company createClientAccount(long companyId, BillingDetails billing, List<Upload> uploads, String siren,
			String siret, ContactDetails administrator) {
		Company company = editable(companyId);
		if (!company.isProspect()) {
			throw new BusinessRuleException("company.error.notProspect");
		}
		Site site = this.sites.findByCompanyIdAndMainTrue(companyId)
			.orElseThrow(() -> new BusinessRuleException("company.account.error.noSite"));
		saveBillingPoint(companyId, billing, uploads, true);
		saveAdministrator(companyId, administrator, false);
		company.identify(siren);
		site.identify(siret);
		company.becomeClient();
		this.history.stateChanged(company, "Compte client créé depuis un devis");
		return company;
	}

	/**
	 * Step 1 of a new client or prospect; answers the company, a draft until the wizard
	 * ends.
	 */
	@Transactional
	public Company start(GeneralInformation information, boolean prospect, Long referentId, boolean draft) {
		Company company = this.companies.save(Company.draftOf(information, referent(referentId), prospect));
		this.history.created(company, Subject.COMPANY, company.getId(), company.getName());
		if (!draft) {
			company.completeStep(1);
		}
		return company;
	}

	@Transactional
	public Company saveGeneralInformation(long companyId, long expectedVersion, GeneralInformation information,
			boolean draft) {
		Company company = this.editing.updateGeneralInformation(companyId, expectedVersion, information);
		if (!draft) {
			company.completeStep(1);
		}
		return company;
	}

	@Transactional
	public Company saveMainSite(long companyId, SiteDetails details, boolean draft) {
		Company company = editable(companyId);
		var existing = this.sites.findByCompanyIdAndMainTrue(companyId);
		if (existing.isPresent()) {
			Site site = existing.get();
			SiteDetails before = site.details();
			site.apply(details);
			this.history.updated(company, Subject.SITE, site.getId(), before, details);
		}
		else {
			Site site = this.sites.save(new Site(company, true, details));
			this.history.created(company, Subject.SITE, site.getId(), site.getAddress().line());
		}
		if (!draft) {
			company.completeStep(2);
		}
		return company;
	}

	@Transactional
	public Company saveBillingPoint(long companyId, BillingDetails details, List<Upload> uploads, boolean draft) {
		Company company = editable(companyId);
		List<BillingPoint> existing = this.billingPoints.findByCompanyIdOrderByDefaultPointDescIdAsc(companyId);
		BillingPoint point;
		if (existing.isEmpty()) {
			point = this.billingPoints.save(new BillingPoint(company, details));
			point.makeDefault(true);
			this.history.created(company, Subject.BILLING_POINT, point.getId(), point.getHolder());
		}
		else {
			point = existing.get(0);
			BillingDetails before = point.details();
			point.apply(details);
			this.history.updated(company, Subject.BILLING_POINT, point.getId(), before, point.details());
		}
		this.documents.attachAll(company, point, uploads);
		this.events.publishEvent(new CompanyEvents.BillingPointChanged(companyId, point.getId()));
		if (!draft) {
			company.completeStep(3);
		}
		return company;
	}

	@Transactional
	public Company saveAdministrator(long companyId, ContactDetails details, boolean draft) {
		Company company = editable(companyId);
		var existing = this.contacts.findByCompanyIdAndAdministratorTrue(companyId);
		if (existing.isPresent()) {
			Contact administrator = existing.get();
			ContactDetails before = administrator.details();
			administrator.apply(details);
			this.history.updated(company, Subject.CONTACT, administrator.getId(), before, administrator.details());
		}
		else {
			Contact administrator = this.contacts.save(new Contact(company, true, details));
			this.history.created(company, Subject.CONTACT, administrator.getId(), administrator.getFullName());
		}
		if (!draft) {
			boolean wasDraft = company.isDraft();
			company.finishWizard();
			if (wasDraft) {
				this.history.stateChanged(company, company.isProspect() ? "Prospect complété" : "Client créé");
			}
		}
		return company;
	}

	/**
	 * The main site, billing point and administrator saved so far, to fill the wizard's
	 * forms again.
	 */
	@Transactional(readOnly = true)
	public WizardState state(long companyId) {
		Company company = editable(companyId);
		return new WizardState(company, this.sites.findByCompanyIdAndMainTrue(companyId).orElse(null),
				this.billingPoints.findByCompanyIdOrderByDefaultPointDescIdAsc(companyId)
					.stream()
					.findFirst()
					.orElse(null),
				this.contacts.findByCompanyIdAndAdministratorTrue(companyId).orElse(null));
	}

	/** What the wizard has of a company. */
	public record WizardState(Company company, Site mainSite, BillingPoint billingPoint, Contact administrator) {
	}

	private Company editable(long companyId) {
		return this.editing.client(companyId);
	}

	/**
	 * The referent of a new company: a reseller's own company; for the operator's staff,
	 * the reseller they choose, or the operator itself.
	 */
	private Company referent(Long chosen) {
		long tenant = TenantFilter.currentTenant();
		if (tenant != TenantFilter.ALL) {
			return this.companies.findById(tenant).orElseThrow(() -> new CompanyNotFoundException("Company", tenant));
		}
		if (chosen == null) {
			return this.companies.findByUniverseInOrderByName(List.of(CompanyUniverse.OPERATOR))
				.stream()
				.findFirst()
				.orElseThrow(() -> new BusinessRuleException("company.error.referent"));
		}
		return this.companies.findById(chosen)
			.filter(company -> company.getUniverse().isPartner())
			.orElseThrow(() -> new BusinessRuleException("company.error.referent"));
	}

	static void checkVersion(long actual, long expected, Class<?> type, Object id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
