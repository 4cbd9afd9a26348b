package fr.openip.myopenip.paperwork.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormState;

public interface SalesFormRepository extends JpaRepository<SalesForm, Long> {

	List<SalesForm> findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(String quoteNumber);

	List<SalesForm> findByQuoteIdAndType(long quoteId, FormType type);

	long countByQuoteNumberAndState(String quoteNumber, FormState state);

}
