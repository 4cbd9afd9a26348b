package fr.openip.myopenip.company.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryRepository extends JpaRepository<HistoryEntry, Long> {

	List<HistoryEntry> findTop200ByCompanyIdOrderByOccurredAtDescIdDesc(long companyId);

}
