package fr.openip.myopenip.company.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

	Optional<StoredFile> findByIdAndCompanyId(long id, long companyId);

}
