package fr.openip.myopenip.company.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SiteRepository extends JpaRepository<Site, Long> {

	List<Site> findByCompanyIdOrderByMainDescIdAsc(long companyId);

	Optional<Site> findByCompanyIdAndMainTrue(long companyId);

	Optional<Site> findByIdAndCompanyId(long id, long companyId);

	@Query("select s from Site s where s.main = true and s.company.id in ?1")
	List<Site> findMainSitesOf(Collection<Long> companyIds);

}
