package fr.openip.myopenip.quote.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteEventRepository extends JpaRepository<QuoteEvent, Long> {

	@Query("select e from QuoteEvent e where e.quote.id = ?1 order by e.createdAt, e.id")
	List<QuoteEvent> findByQuote(long quoteId);

}
