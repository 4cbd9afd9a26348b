package fr.openip.myopenip.account.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	@Query("select u from UserAccount u where lower(u.username) = lower(?1)")
	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("select u.username from UserAccount u where u.companyId = ?1")
	List<String> findUsernamesByCompanyId(long companyId);

}
