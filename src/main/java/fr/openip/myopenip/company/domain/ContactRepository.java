package fr.openip.myopenip.company.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ContactRepository extends JpaRepository<Contact, Long>, JpaSpecificationExecutor<Contact> {

	List<Contact> findByCompanyIdOrderByAdministratorDescLastNameAsc(long companyId);

	Optional<Contact> findByCompanyIdAndAdministratorTrue(long companyId);

	Optional<Contact> findByIdAndCompanyId(long id, long companyId);

	List<Contact> findByCompanyIdAndIdInOrderByAdministratorDescLastNameAsc(long companyId,
			java.util.Collection<Long> ids);

	@Override
	@EntityGraph(attributePaths = "company")
	Page<Contact> findAll(Specification<Contact> specification, Pageable pageable);

}
