package fr.openip.myopenip.quote.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

	@EntityGraph(attributePaths = { "lines", "contacts" })
	@Query("select q from Quote q where q.id = ?1")
	Optional<Quote> findWithLinesById(long id);

	/** The drafts of a new offer billed at this billing point of the client. */
	@EntityGraph(attributePaths = { "lines" })
	@Query("select q from Quote q where q.clientId = ?1 and q.billingPointId = ?2"
			+ " and q.status = fr.openip.myopenip.quote.domain.QuoteStatus.DRAFT and q.contractedOfferId is null")
	java.util.List<Quote> findDraftsBilledAt(long clientId, long billingPointId);

	@EntityGraph(attributePaths = { "lines", "contacts" })
	@Query("select q from Quote q where q.signingTokenHash = ?1")
	Optional<Quote> findBySigningTokenHash(String tokenHash);

	/** The quote, its row locked until the transaction ends: one validation at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from Quote q where q.id = ?1")
	Optional<Quote> findForUpdate(long id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from Quote q where q.signingTokenHash = ?1")
	Optional<Quote> findBySigningTokenHashForUpdate(String tokenHash);

	@Query("select q from Quote q where q.number = ?1 order by q.quoteVersion")
	List<Quote> findVersions(String number);

	/** The clients' answers since {@code since}, newest first (the home page). */
	@Query("""
			select q from Quote q where q.decidedAt >= ?1
			and (q.status = fr.openip.myopenip.quote.domain.QuoteStatus.REFUSED
			  or q.validationMode = fr.openip.myopenip.quote.domain.ValidationMode.CLIENT_SIGNATURE)
			order by q.decidedAt desc""")
	List<Quote> findClientAnswersSince(Instant since, Limit limit);

	/**
	 * The amendments of an OC still open (being built, sent, or refused and to change).
	 */
	@Query("""
			select q from Quote q where q.contractedOfferId = ?1 and q.replacedById is null
			and q.status in (fr.openip.myopenip.quote.domain.QuoteStatus.DRAFT,
			  fr.openip.myopenip.quote.domain.QuoteStatus.SENT, fr.openip.myopenip.quote.domain.QuoteStatus.REFUSED)
			and q.validUntil >= ?2 order by q.id""")
	List<Quote> findOpenAmendments(long contractedOfferId, java.time.LocalDate today);

	@Query(value = "select 'DEV' || lpad(nextval('quote_number_seq')::text, 9, '0')", nativeQuery = true)
	String nextNumber();

}
