package fr.openip.myopenip.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.domain.OrderPlacement;

/**
 * What other modules may ask of orders: place the order of a validated quote (in the
 * caller's transaction, once per quote), and read an order by its quote.
 */
@Service
public class Orders {

	/** A validated quote, as the order needs it. */
	public record NewOrder(long ownerId, long quoteId, String quoteReference, long clientId, String clientName,
			long offerId, String offerName, int commitmentMonths, long installationSiteId, String siteName,
			Long billingPointId, List<Long> contactIds, String resellerEmail, List<NewLine> lines) {
	}

	/** A quote line: a product, how many, at the prices of the quote. */
	public record NewLine(long productId, String section, String productName, String supplierReference, int quantity,
			BigDecimal setupClient, BigDecimal monthlyClient, BigDecimal setupOperator, BigDecimal monthlyOperator) {
	}

	/** An order, its OC and how many product sheets it has. */
	public record OrderView(long id, String number, OrderType type, OrderState state, Instant depositedAt,
			long contractedOfferId, String contractedOfferNumber, long sheets) {
	}

	private final OrderPlacement placement;

	Orders(OrderPlacement placement) {
		this.placement = placement;
	}

	/**
	 * Places the order of a validated quote: an order "Déposée / En cours" and, for a
	 * creation, the OC at the installation site with one contracted sheet ({@code FPC…})
	 * and one ordered sheet ({@code CFP…}) per unit, "Non défini". Joins the caller's
	 * transaction; a second call for the same quote changes nothing and returns the first
	 * order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OrderView place(NewOrder order) {
		return this.placement.place(order);
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> forQuote(long quoteId) {
		return this.placement.forQuote(quoteId);
	}

}
