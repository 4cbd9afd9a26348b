package fr.openip.myopenip.order.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Conversation c where c.id = ?1")
	Optional<Conversation> findForUpdate(long id);

	@Query("""
			select new fr.openip.myopenip.order.domain.ConversationRow(c.id, o.advPilot, c.orderId, c.orderNumber,
			  c.createdAt, c.lastMessageAt, c.lastAuthor, c.subject, c.state, c.contractedOfferId)
			from Conversation c left join CustomerOrder o on o.id = c.orderId
			where c.contractedOfferId = ?1 order by c.lastMessageAt desc, c.id desc""")
	List<ConversationRow> findByOffer(long offerId);

	@Query("select count(c) from Conversation c where c.contractedOfferId = ?1")
	long countByOffer(long offerId);

	@Query("select m from ConversationMessage m where m.conversationId = ?1 order by m.id")
	List<ConversationMessage> findMessages(long conversationId);

	/** When this user last read each of these conversations. */
	@Query(value = "select conversation_id, read_at from conversation_read where username = ?1 and conversation_id in ?2",
			nativeQuery = true)
	List<Object[]> findReadAt(String username, Collection<Long> conversationIds);

	@Modifying
	@Query(value = """
			insert into conversation_read (owner_id, conversation_id, username, read_at) values (?1, ?2, ?3, ?4)
			on conflict (conversation_id, username) do update set read_at = greatest(conversation_read.read_at, excluded.read_at)""",
			nativeQuery = true)
	void markRead(Long ownerId, long conversationId, String username, Instant at);

}
