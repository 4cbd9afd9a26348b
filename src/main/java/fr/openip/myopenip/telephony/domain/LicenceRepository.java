package fr.openip.myopenip.telephony.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LicenceRepository extends JpaRepository<Licence, Long> {

	Optional<Licence> findByIdAndServiceId(long id, long serviceId);

	List<Licence> findByServiceIdAndIdInOrderBySheetNumber(long serviceId, Collection<Long> ids);

	/** The users of a service (the licences given to one), for its groups. */
	List<Licence> findByServiceIdAndUserLastNameNotNullOrderByUserLastNameAscIdAsc(long serviceId);

	long countByServiceId(long serviceId);

	List<Licence> findByServiceIdAndContractedSheetIdIn(long serviceId, Collection<Long> contractedSheetIds);

	List<Licence> findByServiceIdOrderBySheetNumber(long serviceId);

	boolean existsByServiceIdAndExtensionAndIdNot(long serviceId, String extension, Long id);

	boolean existsByServiceIdAndExtension(long serviceId, String extension);

}
