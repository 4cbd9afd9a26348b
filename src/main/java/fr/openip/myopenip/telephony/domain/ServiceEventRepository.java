package fr.openip.myopenip.telephony.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceEventRepository extends JpaRepository<ServiceEvent, Long> {

	List<ServiceEvent> findByServiceIdOrderByCreatedAtDescIdDesc(long serviceId, Pageable page);

	/** A dissociated user's own history goes with it. */
	@Modifying
	@Query("delete from ServiceEvent e where e.licenceId in :licenceIds")
	int deleteByLicenceIds(Collection<Long> licenceIds);

}
