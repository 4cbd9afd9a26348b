package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.CompanyState;

import fr.openip.myopenip.company.CompanyUniverse;

import java.util.List;

import fr.openip.myopenip.company.CompanyEvents.CompanyCreated;
import fr.openip.myopenip.company.CompanyEvents.CompanyDisabled;
import fr.openip.myopenip.company.CompanyEvents.CompanyEnabled;
import fr.openip.myopenip.company.CompanyEvents.CompanyUpdated;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.list.Pages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The companies that own users: the operator, the resellers and the ambassadors. Managed
 * by admins.
 */
@Service
public class PartnerCompanyService {

	static final List<CompanyUniverse> PARTNER_UNIVERSES = List.of(CompanyUniverse.OPERATOR, CompanyUniverse.RESELLER,
			CompanyUniverse.AMBASSADOR);

	private final CompanyRepository companies;

	private final ApplicationEventPublisher events;

	PartnerCompanyService(CompanyRepository companies, ApplicationEventPublisher events) {
		this.companies = companies;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Company> search(String name, CompanyUniverse universe, CompanyState state, int page, int size) {
		Specification<Company> spec = (root, query, cb) -> root.get("universe").in(PARTNER_UNIVERSES);
		if (StringUtils.hasText(name)) {
			String pattern = name.trim().toLowerCase() + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern));
		}
		if (universe != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("universe"), universe));
		}
		if (state != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
		}
		return this.companies.findAll(spec, Pages.of(page, size, Sort.by("name", "id")));
	}

	@Transactional(readOnly = true)
	public Company getPartner(long id) {
		return this.companies.findById(id)
			.filter(company -> company.getUniverse().isPartner())
			.orElseThrow(() -> new NotFoundException("Partner company", id));
	}

	@Transactional
	public Company create(PartnerCompanyCommand command) {
		requirePartnerUniverse(command.universe());
		Company operator = command.universe() == CompanyUniverse.OPERATOR ? null : theOperator();
		Company company = this.companies.save(new Company(command.name().trim(), command.universe(), operator));
		company.rename(command.name().trim(), blankToNull(command.email()), blankToNull(command.phone()));
		this.events.publishEvent(new CompanyCreated(company.getId(), company.getName(), company.getUniverse()));
		return company;
	}

	@Transactional
	public Company update(long id, long expectedVersion, PartnerCompanyCommand command) {
		Company company = getPartner(id);
		checkVersion(company, expectedVersion);
		company.rename(command.name().trim(), blankToNull(command.email()), blankToNull(command.phone()));
		this.events.publishEvent(new CompanyUpdated(company.getId(), company.getName()));
		return company;
	}

	@Transactional
	public void disable(long id) {
		Company company = getPartner(id);
		if (company.getUniverse() == CompanyUniverse.OPERATOR
				&& this.companies.findByUniverseInOrderByName(List.of(CompanyUniverse.OPERATOR))
					.stream()
					.filter(Company::isActive)
					.count() <= 1) {
			throw new BusinessRuleException("company.partner.error.lastOperator");
		}
		company.disable();
		this.events.publishEvent(new CompanyDisabled(company.getId(), company.getName()));
	}

	@Transactional
	public void enable(long id) {
		Company company = getPartner(id);
		company.enable();
		this.events.publishEvent(new CompanyEnabled(company.getId(), company.getName()));
	}

	private Company theOperator() {
		return this.companies.findByUniverseInOrderByName(List.of(CompanyUniverse.OPERATOR))
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static void requirePartnerUniverse(CompanyUniverse universe) {
		if (universe == null || !universe.isPartner()) {
			throw BusinessRuleException.onField("universe", "company.partner.error.universe");
		}
	}

	static void checkVersion(Company company, long expectedVersion) {
		if (company.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Company.class, company.getId());
		}
	}

	private static String blankToNull(String value) {
		return StringUtils.hasText(value) ? value.trim() : null;
	}

}
