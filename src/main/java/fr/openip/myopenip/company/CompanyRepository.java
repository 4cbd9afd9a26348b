package fr.openip.myopenip.company;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CompanyRepository extends JpaRepository<Company, Long>, JpaSpecificationExecutor<Company> {

	List<Company> findByUniverseInOrderByName(List<CompanyUniverse> universes);

	boolean existsByUniverse(CompanyUniverse universe);

}
