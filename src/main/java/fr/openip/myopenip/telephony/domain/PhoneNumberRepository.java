package fr.openip.myopenip.telephony.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PhoneNumberRepository extends JpaRepository<PhoneNumber, Long> {

	Optional<PhoneNumber> findByLicenceId(long licenceId);

	List<PhoneNumber> findByLicenceIdIn(Collection<Long> licenceIds);

	/** The client's pool, every state. */
	List<PhoneNumber> findByClientIdOrderByNumber(long clientId);

	List<PhoneNumber> findByClientIdAndStateOrderByNumber(long clientId, NumberState state);

	Optional<PhoneNumber> findByIdAndClientId(long id, long clientId);

	boolean existsByNumber(String number);

	Optional<PhoneNumber> findByNumberAndClientId(String number, long clientId);

	/**
	 * Ends the quarantines due by {@code today}: one statement, so that several instances
	 * running it at once free each number once.
	 */
	@Modifying
	@Query("update PhoneNumber n set n.state = fr.openip.myopenip.telephony.domain.NumberState.FREE,"
			+ " n.quarantineUntil = null, n.version = n.version + 1, n.updatedAt = current_timestamp"
			+ " where n.state = fr.openip.myopenip.telephony.domain.NumberState.QUARANTINED"
			+ " and n.quarantineUntil <= :today")
	int endQuarantines(LocalDate today);

}
