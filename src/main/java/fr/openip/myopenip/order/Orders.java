package fr.openip.myopenip.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.domain.NumberPortings;
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

	/**
	 * A delivered OC as an amendment ("Ajout / Réduction") starts from it: its client,
	 * offer, sites and contacts, and its live units product by product.
	 *
	 * @param unavailableKey why it may not be amended now (a message key), or null
	 */
	public record AmendableOffer(long id, String number, Long ownerId, long clientId, String clientName, long offerId,
			String offerName, long installationSiteId, Long billingPointId, List<Long> contactIds, String orderNumber,
			String unavailableKey, List<LiveProduct> products) {

		public Optional<LiveProduct> product(long productId) {
			return this.products.stream().filter((product) -> product.productId() == productId).findFirst();
		}

	}

	/**
	 * A product live on an OC: its units ({@code FPC…}, oldest first) and what they cost
	 * a month together, at the prices they were sold at.
	 */
	public record LiveProduct(long productId, String section, String productName, BigDecimal monthlyClient,
			List<LiveUnit> units) {

		public int quantity() {
			return this.units.size();
		}

	}

	/** A live unit of an OC: its contracted sheet. */
	public record LiveUnit(long contractedSheetId, String number) {
	}

	/**
	 * A validated amendment: the new whole offer's lines (final quantities, prices of the
	 * quote), and the units it takes away ({@code removals}: contracted sheet id →
	 * whether the client keeps its number).
	 */
	public record NewAmendment(long quoteId, String quoteReference, long contractedOfferId, String resellerEmail,
			List<NewLine> lines, Map<Long, Boolean> removals) {
	}

	/**
	 * A porting the sale's mandate asks for: the {@code unit}-th number to port of the
	 * product.
	 */
	public record PortingAsked(long productId, int unit, String number, String donorOperator, String rio,
			java.time.LocalDate requestedOn) {
	}

	private final OrderPlacement placement;

	private final NumberPortings portings;

	Orders(OrderPlacement placement, NumberPortings portings) {
		this.placement = placement;
		this.portings = portings;
	}

	/**
	 * The OC's portings not given yet take what the sale's mandates say (the n-th of a
	 * product, the n-th mandate); one no longer valid (its date past) is left to the
	 * reseller. Joins the caller's transaction.
	 * @return how many portings were filled
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int fillPortings(long contractedOfferId, List<PortingAsked> asked) {
		return this.portings.fill(contractedOfferId, asked);
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

	/**
	 * Places the order of a validated amendment on its OC: an order "Ajout / Réduction"
	 * with a new contracted and ordered sheet per unit added, and an ordered sheet
	 * "Résiliation en cours" per unit taken away. Joins the caller's transaction; the
	 * OC's row is locked, and an OC no longer delivered (another order in progress)
	 * refuses.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OrderView amend(NewAmendment amendment) {
		return this.placement.amend(amendment);
	}

	/**
	 * The OC as an amendment starts from, if the user may see it; {@code lock}: its row
	 * locked until the caller's transaction ends (one amendment started at a time).
	 */
	@Transactional
	public Optional<AmendableOffer> amendable(long contractedOfferId, boolean lock) {
		return this.placement.amendable(contractedOfferId, lock);
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> forQuote(long quoteId) {
		return this.placement.forQuote(quoteId);
	}

}
