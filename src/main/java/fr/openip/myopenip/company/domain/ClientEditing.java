package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyEvents;

import java.util.List;

import fr.openip.myopenip.company.domain.CompanyDocuments.Upload;
import fr.openip.myopenip.company.domain.HistoryEntry.Subject;
import fr.openip.myopenip.shared.BusinessRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a client or prospect after its wizard: its identity, sites, billing points,
 * contacts, état, and the transformation of a prospect into a client. Each change is
 * written in the history, and a change made on a stale copy is refused.
 */
@Service
public class ClientEditing {

	private final CompanyRepository companies;

	private final SiteRepository sites;

	private final BillingPointRepository billingPoints;

	private final ContactRepository contacts;

	private final CompanyHistory history;

	private final CompanyDocuments documents;

	private final org.springframework.context.ApplicationEventPublisher events;

	ClientEditing(CompanyRepository companies, SiteRepository sites, BillingPointRepository billingPoints,
			ContactRepository contacts, CompanyHistory history, CompanyDocuments documents,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.companies = companies;
		this.sites = sites;
		this.billingPoints = billingPoints;
		this.contacts = contacts;
		this.history = history;
	}

	@Transactional
	public Company updateGeneralInformation(long companyId, long expectedVersion, GeneralInformation information) {
		Company company = client(companyId);
		ClientWizard.checkVersion(company.getVersion(), expectedVersion, Company.class, companyId);
		GeneralInformation before = company.generalInformation();
		company.apply(information);
		this.history.updated(company, Subject.COMPANY, companyId, before, company.generalInformation());
		return company;
	}

	@Transactional
	public Site addSite(long companyId, SiteDetails details) {
		Company company = client(companyId);
		boolean first = this.sites.findByCompanyIdAndMainTrue(companyId).isEmpty();
		Site site = this.sites.save(new Site(company, first, details));
		this.history.created(company, Subject.SITE, site.getId(), site.getAddress().line());
		return site;
	}

	@Transactional
	public void updateSite(long companyId, long siteId, long expectedVersion, SiteDetails details) {
		Company company = client(companyId);
		Site site = this.sites.findByIdAndCompanyId(siteId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("Site", siteId));
		ClientWizard.checkVersion(site.getVersion(), expectedVersion, Site.class, siteId);
		SiteDetails before = site.details();
		site.apply(details);
		this.history.updated(company, Subject.SITE, siteId, before, details);
	}

	@Transactional
	public BillingPoint addBillingPoint(long companyId, BillingDetails details, List<Upload> uploads) {
		Company company = client(companyId);
		BillingPoint point = this.billingPoints.save(new BillingPoint(company, details));
		boolean first = this.billingPoints.findByCompanyIdOrderByDefaultPointDescIdAsc(companyId).size() == 1;
		if (first || details.defaultPoint()) {
			makeDefault(companyId, point);
		}
		this.history.created(company, Subject.BILLING_POINT, point.getId(), point.getHolder());
		this.documents.attachAll(company, point, uploads);
		return point;
	}

	@Transactional
	public void updateBillingPoint(long companyId, long pointId, long expectedVersion, BillingDetails details,
			List<Upload> uploads) {
		Company company = client(companyId);
		BillingPoint point = this.billingPoints.findByIdAndCompanyId(pointId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("Billing point", pointId));
		ClientWizard.checkVersion(point.getVersion(), expectedVersion, BillingPoint.class, pointId);
		BillingDetails before = point.details();
		point.apply(details);
		if (details.defaultPoint() && !point.isDefaultPoint()) {
			makeDefault(companyId, point);
		}
		this.history.updated(company, Subject.BILLING_POINT, pointId, before, point.details());
		this.documents.attachAll(company, point, uploads);
		this.events.publishEvent(new CompanyEvents.BillingPointChanged(companyId, pointId));
	}

	/** Exactly one billing point of a company is the default one. */
	private void makeDefault(long companyId, BillingPoint chosen) {
		this.billingPoints.findByCompanyIdOrderByDefaultPointDescIdAsc(companyId)
			.forEach(point -> point.makeDefault(point == chosen));
	}

	@Transactional
	public Contact addContact(long companyId, ContactDetails details) {
		Company company = client(companyId);
		boolean first = this.contacts.findByCompanyIdAndAdministratorTrue(companyId).isEmpty();
		Contact contact = this.contacts.save(new Contact(company, first, details));
		this.history.created(company, Subject.CONTACT, contact.getId(), contact.getFullName());
		return contact;
	}

	@Transactional
	public void updateContact(long companyId, long contactId, long expectedVersion, ContactDetails details) {
		Company company = client(companyId);
		Contact contact = this.contacts.findByIdAndCompanyId(contactId, companyId)
			.orElseThrow(() -> new CompanyNotFoundException("Contact", contactId));
		ClientWizard.checkVersion(contact.getVersion(), expectedVersion, Contact.class, contactId);
		ContactDetails before = contact.details();
		contact.apply(details);
		this.history.updated(company, Subject.CONTACT, contactId, before, contact.details());
	}

	@Transactional
	public void disable(long companyId) {
		Company company = client(companyId);
		if (company.isDraft()) {
			throw new BusinessRuleException("company.error.draftState");
		}
		company.disable();
		this.history.stateChanged(company, "Désactivé(e)");
	}

	@Transactional
	public void enable(long companyId) {
		Company company = client(companyId);
		if (company.isDraft()) {
			throw new BusinessRuleException("company.error.draftState");
		}
		company.enable();
		this.history.stateChanged(company, "Activé(e)");
	}

	/**
	 * "Transformer en client": a prospect with a billing point and an administrator
	 * becomes a client, its identifier unchanged.
	 */
	@Transactional
	public void becomeClient(long companyId) {
		Company company = client(companyId);
		if (!company.isProspect()) {
			throw new BusinessRuleException("company.error.notProspect");
		}
		if (!this.billingPoints.existsByCompanyId(companyId)) {
			throw new BusinessRuleException("company.error.transformNeedsBillingPoint");
		}
		if (this.contacts.findByCompanyIdAndAdministratorTrue(companyId).isEmpty()) {
			throw new BusinessRuleException("company.error.transformNeedsAdministrator");
		}
		company.becomeClient();
		this.history.stateChanged(company, "Prospect transformé en client");
	}

	/** A client or prospect that may be changed (not a partner company). */
	Company client(long companyId) {
		return this.companies.findById(companyId)
			.filter(company -> !company.getUniverse().isPartner())
			.orElseThrow(() -> new CompanyNotFoundException("Client", companyId));
	}

}
