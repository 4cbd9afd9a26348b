package fr.openip.myopenip.company.domain;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.CompanyUniverse;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Companies, seen through the tenant filter: a reseller finds only itself and the
 * companies it brought.
 */
public interface CompanyRepository extends JpaRepository<Company, Long>, JpaSpecificationExecutor<Company> {

	List<Company> findByUniverseInOrderByName(List<CompanyUniverse> universes);

	/**
	 * Id, name, universe and state of these companies, by name (four columns, no entity:
	 * a list of every partner, for a choice).
	 */
	@Query("select c.id, c.name, c.universe, c.state from Company c where c.universe in ?1 order by c.name")
	List<Object[]> findSummaries(List<CompanyUniverse> universes);

	/** Id and name of these partner companies (two columns, no entity). */
	@Query("select c.id, c.name from Company c where c.id in ?1 and c.universe in ?2")
	List<Object[]> findNames(java.util.Collection<Long> ids, List<CompanyUniverse> universes);

	/** Ids of the partner companies whose name starts so (lower-cased), at most 100. */
	@Query(value = "select c.id from Company c where c.universe in ?2 and c.sortName >= ?1 and c.sortName < ?3"
			+ " order by c.sortName, c.id limit 100")
	List<Long> findPartnerIds(String lowerCasedPrefix, List<CompanyUniverse> universes, String upperBound);

	/** Clients and prospects whose name starts so (lower-cased), for a quick choice. */
	@EntityGraph(attributePaths = "referent")
	List<Company> findTop20ByUniverseAndSortNameStartingWithOrderBySortNameAscIdAsc(CompanyUniverse universe,
			String lowerCasedPrefix);

	@Override
	@EntityGraph(attributePaths = "referent")
	Page<Company> findAll(Specification<Company> specification, Pageable pageable);

	@EntityGraph(attributePaths = "referent")
	@Query("select c from Company c where c.id = ?1")
	Optional<Company> findWithReferentById(long id);

	/**
	 * The client, its referent, and the site and billing point of these ids if they are
	 * its own (else null), in one statement.
	 */
	@Query("""
			select c, s, b from Company c left join fetch c.referent
			left join Site s on s.id = ?2 and s.company = c
			left join BillingPoint b on b.id = ?3 and b.company = c
			where c.id = ?1""")
	List<Object[]> findWithParts(long id, Long siteId, Long billingPointId);

}
