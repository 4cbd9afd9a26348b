package fr.openip.myopenip.order.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import fr.openip.myopenip.order.SheetState;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

	Optional<CustomerOrder> findByQuoteId(long quoteId);

	@Query(value = "select count(*) from ordered_sheet where order_id = ?1", nativeQuery = true)
	long countSheets(long orderId);

	/** The order, its row locked until the transaction ends: one desk move at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CustomerOrder o where o.id = ?1")
	Optional<CustomerOrder> findForUpdate(long id);

	@Query("select o from CustomerOrder o where o.contractedOfferId = ?1 order by o.depositedAt desc, o.id desc")
	List<CustomerOrder> findByOffer(long offerId);

	@Query("select s from OrderedSheet s join fetch s.contracted where s.orderId = ?1 order by s.id")
	List<OrderedSheet> findSheets(long orderId);

	@Query("select o.id, o.number, o.clientName, s.number from OrderedSheet s join CustomerOrder o on o.id = s.orderId"
			+ " where s.ownerId = ?1 and s.state in ?2 order by s.orderId, s.id")
	List<Object[]> findWaiting(long ownerId, java.util.Collection<SheetState> states,
			org.springframework.data.domain.Limit limit);

	@Query("select s from OrderedSheet s join fetch s.contracted where s.orderId in ?1 order by s.orderId, s.id")
	List<OrderedSheet> findSheetsOf(List<Long> orderIds);

}
