package fr.openip.myopenip.paperwork.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormState;

public interface SalesFormRepository extends JpaRepository<SalesForm, Long> {

	List<SalesForm> findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(String quoteNumber);

	List<SalesForm> findByQuoteIdAndType(long quoteId, FormType type);

	Optional<SalesForm> findBySigningTokenHash(String tokenHash);

	/**
	 * The letter behind a link, its row locked until the transaction ends: one answer.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from SalesForm f where f.signingTokenHash = ?1")
	Optional<SalesForm> findBySigningTokenHashForUpdate(String tokenHash);

	List<SalesForm> findByContractedOfferNumber(String contractedOfferNumber);

	long countByQuoteNumberAndState(String quoteNumber, FormState state);

}
