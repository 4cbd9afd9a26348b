package fr.openip.myopenip.telephony.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TelephonyServiceRepository extends JpaRepository<TelephonyService, Long> {

	/**
	 * The service, its row locked until the transaction ends: its numbers are changed one
	 * action at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from TelephonyService s where s.id = ?1")
	Optional<TelephonyService> findForUpdate(long id);

	Optional<TelephonyService> findByContractedOfferId(long contractedOfferId);

}
