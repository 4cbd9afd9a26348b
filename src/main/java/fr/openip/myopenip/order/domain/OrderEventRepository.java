package fr.openip.myopenip.order.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderEventRepository extends JpaRepository<OrderEvent, Long> {

	@Query("select e from OrderEvent e where e.contractedOfferId = ?1 order by e.createdAt desc, e.id desc")
	List<OrderEvent> findByOffer(long offerId, Limit limit);

}
