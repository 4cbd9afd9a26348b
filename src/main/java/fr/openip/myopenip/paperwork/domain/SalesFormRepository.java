package fr.openip.myopenip.paperwork.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesFormRepository extends JpaRepository<SalesForm, Long> {

	List<SalesForm> findByQuoteNumberOrderByTypeAscProductNameAscUnitAsc(String quoteNumber);

}
