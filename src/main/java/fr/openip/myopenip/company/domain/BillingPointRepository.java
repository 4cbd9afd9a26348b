package fr.openip.myopenip.company.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BillingPointRepository extends JpaRepository<BillingPoint, Long> {

	List<BillingPoint> findByCompanyIdOrderByDefaultPointDescIdAsc(long companyId);

	Optional<BillingPoint> findByIdAndCompanyId(long id, long companyId);

	boolean existsByCompanyId(long companyId);

}
