package fr.openip.myopenip.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

	/**
	 * The oldest pending mails, locked for this transaction; rows another instance holds
	 * are skipped, so that several instances never send the same mail.
	 */
	@Query(value = "select * from outbox_mail where status = 'PENDING' order by created_at, id limit ?1 for update skip locked",
			nativeQuery = true)
	List<OutboxMail> lockPending(int limit);

}
