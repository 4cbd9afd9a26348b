package fr.openip.myopenip.catalogue.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

	@Query("select p from Product p where p.offer.id = ?1 order by p.section, p.position, p.id")
	List<Product> findByOfferId(long offerId);

	@Query("select p from Product p join fetch p.offer where p.id = ?2 and p.offer.id = ?1")
	Optional<Product> findByOfferIdAndId(long offerId, long id);

	@Query("select p from Product p join fetch p.offer where p.id = ?1")
	Optional<Product> findWithOfferById(long id);

}
