package fr.openip.myopenip.quote.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

	@EntityGraph(attributePaths = { "lines", "contacts" })
	@Query("select q from Quote q where q.id = ?1")
	Optional<Quote> findWithLinesById(long id);

}
