package fr.openip.myopenip.quote.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteSignatureRepository extends JpaRepository<QuoteSignature, Long> {

	@Query("select s from QuoteSignature s where s.quote.id = ?1")
	Optional<QuoteSignature> findByQuote(long quoteId);

}
