package fr.openip.myopenip.order.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractedOfferRepository extends JpaRepository<ContractedOffer, Long> {

}
