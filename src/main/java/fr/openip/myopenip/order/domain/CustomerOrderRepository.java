package fr.openip.myopenip.order.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

	Optional<CustomerOrder> findByQuoteId(long quoteId);

	@Query(value = "select count(*) from ordered_sheet where order_id = ?1", nativeQuery = true)
	long countSheets(long orderId);

}
