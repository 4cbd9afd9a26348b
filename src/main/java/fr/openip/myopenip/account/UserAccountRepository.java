package fr.openip.myopenip.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	@EntityGraph(attributePaths = "company")
	@Query("select u from UserAccount u where lower(u.username) = lower(?1)")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("select u.username from UserAccount u where u.company.id = ?1")
	List<String> findUsernamesByCompanyId(long companyId);

	@Override
	@EntityGraph(attributePaths = "company")
	Page<UserAccount> findAll(Specification<UserAccount> specification, Pageable pageable);

	@EntityGraph(attributePaths = "company")
	@Query("select u from UserAccount u where u.id = ?1")
	Optional<UserAccount> findWithCompanyById(Long id);

}
