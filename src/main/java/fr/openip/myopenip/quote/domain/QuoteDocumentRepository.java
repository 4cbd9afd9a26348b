package fr.openip.myopenip.quote.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteDocumentRepository extends JpaRepository<QuoteDocument, Long> {

	@Query("select d from QuoteDocument d where d.quote.id = ?1")
	Optional<QuoteDocument> findByQuote(long quoteId);

}
