package fr.openip.myopenip.catalogue.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;

/**
 * The operator's staff manage the catalogue here: offers and their products, created,
 * changed (a stale form is refused: optimistic locking), retired and put back on sale.
 * Nothing is ever deleted: quotes and OCs keep what they hold.
 */
@Service
public class CatalogueManagement {

	private final OfferRepository offers;

	private final ProductRepository products;

	private final Clock clock;

	CatalogueManagement(OfferRepository offers, ProductRepository products, Clock clock) {
		this.offers = offers;
		this.products = products;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Offer offer(long id) {
		return this.offers.findById(id).orElseThrow(() -> new NotFoundException("Offer", id));
	}

	/** Its products, by section and place, retired ones included. */
	@Transactional(readOnly = true)
	public List<Product> products(long offerId) {
		return this.products.findByOfferId(offerId);
	}

	@Transactional(readOnly = true)
	public Product product(long offerId, long productId) {
		return this.products.findByOfferIdAndId(offerId, productId)
			.orElseThrow(() -> new NotFoundException("Product", productId));
	}

	@Transactional
	public Offer create(OfferTerms terms) {
		if (this.offers.existsByNameIgnoreCase(terms.name().trim())) {
			throw BusinessRuleException.onField("name", "catalogue.error.nameTaken");
		}
		return this.offers.save(new Offer(terms));
	}

	@Transactional
	public Offer update(long id, long expectedVersion, OfferTerms terms) {
		Offer offer = current(offer(id), expectedVersion);
		if (this.offers.existsByNameIgnoreCaseAndIdNot(terms.name().trim(), id)) {
			throw BusinessRuleException.onField("name", "catalogue.error.nameTaken");
		}
		offer.change(terms);
		return offer;
	}

	@Transactional
	public void retire(long id) {
		offer(id).retire(this.clock.instant());
	}

	@Transactional
	public void reinstate(long id) {
		offer(id).reinstate();
	}

	@Transactional
	public Product addProduct(long offerId, ProductTerms terms) {
		return this.products.save(new Product(offer(offerId), terms));
	}

	@Transactional
	public Product updateProduct(long offerId, long productId, long expectedVersion, ProductTerms terms) {
		Product product = product(offerId, productId);
		if (product.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Product.class, productId);
		}
		product.change(terms);
		return product;
	}

	@Transactional
	public void retireProduct(long offerId, long productId) {
		product(offerId, productId).retire(this.clock.instant());
	}

	@Transactional
	public void reinstateProduct(long offerId, long productId) {
		product(offerId, productId).reinstate();
	}

	private static Offer current(Offer offer, long expectedVersion) {
		if (offer.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Offer.class, offer.getId());
		}
		return offer;
	}

}
