package fr.openip.myopenip.quote.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteAttachmentRepository extends JpaRepository<QuoteAttachment, Long> {

	@Query("""
			select new fr.openip.myopenip.quote.domain.AttachmentView(a.id, a.filename, a.size, a.createdAt, a.createdBy)
			from QuoteAttachment a where a.quote.id = ?1 order by a.id""")
	List<AttachmentView> findViewsByQuote(long quoteId);

	@Query("select a from QuoteAttachment a where a.quote.id = ?1 order by a.id")
	List<QuoteAttachment> findByQuote(long quoteId);

	@Query("select a from QuoteAttachment a where a.id = ?2 and a.quote.id = ?1")
	Optional<QuoteAttachment> findInQuote(long quoteId, long attachmentId);

}
