package fr.openip.myopenip.telephony.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HuntGroupRepository extends JpaRepository<HuntGroup, Long> {

	List<HuntGroup> findByServiceIdOrderByNameAscIdAsc(long serviceId);

	Optional<HuntGroup> findByIdAndServiceId(long id, long serviceId);

	boolean existsByServiceIdAndNameIgnoreCaseAndIdNot(long serviceId, String name, long id);

}
