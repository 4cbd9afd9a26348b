package fr.openip.myopenip.quote.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteEnvelopeRepository extends JpaRepository<QuoteEnvelope, Long> {

	@Query("select e from QuoteEnvelope e where e.quote.id = ?1")
	Optional<QuoteEnvelope> findByQuote(long quoteId);

	@Query("select count(e) > 0 from QuoteEnvelope e where e.quote.id = ?1")
	boolean existsForQuote(long quoteId);

}
