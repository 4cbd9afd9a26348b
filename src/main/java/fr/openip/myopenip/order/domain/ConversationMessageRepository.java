package fr.openip.myopenip.order.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationMessageRepository extends JpaRepository<ConversationMessage, Long> {

}
