package fr.openip.myopenip.order.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContractedOfferRepository extends JpaRepository<ContractedOffer, Long> {

	/**
	 * The OC, its row locked until the transaction ends: one termination or amendment at
	 * a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from ContractedOffer o where o.id = ?1")
	Optional<ContractedOffer> findForUpdate(long id);

	@Query("select s from ContractedSheet s where s.contractedOfferId = ?1 order by s.id")
	List<ContractedSheet> findSheets(long offerId);

}
