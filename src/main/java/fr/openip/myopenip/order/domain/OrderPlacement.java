package fr.openip.myopenip.order.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.order.OrderState;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.order.Orders.AmendableOffer;
import fr.openip.myopenip.order.Orders.LiveProduct;
import fr.openip.myopenip.order.Orders.LiveUnit;
import fr.openip.myopenip.order.Orders.NewAmendment;
import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.order.Orders.NewLine;
import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.WorkingDays;

/**
 * Places the order of a validated quote. The sheets are written set-wise, one statement
 * per quote line and one for all the ordered sheets, whatever the quantities.
 */
@Service
public class OrderPlacement {

	private final CustomerOrderRepository orders;

	private final ContractedOfferRepository offers;

	private final OrderEventRepository events;

	private final EntityManager entities;

	private final Clock clock;

	private final Catalogue catalogue;

	private final WorkingDays workingDays;

	OrderPlacement(CustomerOrderRepository orders, ContractedOfferRepository offers, OrderEventRepository events,
			EntityManager entities, Clock clock, Catalogue catalogue, WorkingDays workingDays) {
		this.catalogue = catalogue;
		this.workingDays = workingDays;
		this.orders = orders;
		this.offers = offers;
		this.events = events;
		this.entities = entities;
		this.clock = clock;
	}

	@Transactional
	public OrderView place(NewOrder request) {
		Optional<CustomerOrder> existing = this.orders.findByQuoteId(request.quoteId());
		if (existing.isPresent()) {
			return view(existing.get());
		}
		ContractedOffer offer = this.offers.saveAndFlush(new ContractedOffer(request));
		CustomerOrder order = this.orders
			.saveAndFlush(new CustomerOrder(request, OrderType.CREATION, offer, this.clock.instant()));
		due(order);
		offer.follow(order);
		this.events.save(new OrderEvent(offer, order, null, OrderEvent.Kind.PLACED, OrderDesk.currentUser())
			.comment(request.quoteReference()));
		for (NewLine line : request.lines()) {
			insertSheets(offer, request.ownerId(), line, line.quantity());
		}
		this.entities.createNativeQuery("""
				insert into ordered_sheet (owner_id, order_id, contracted_sheet_id, number, created_at, updated_at)
				select owner_id, :order, id, 'CFP' || nextval('ordered_sheet_number_seq'), :now, :now
				from contracted_sheet where contracted_offer_id = :offer order by id""")
			.setParameter("order", order.getId())
			.setParameter("offer", offer.getId())
			.setParameter("now", this.clock.instant())
			.executeUpdate();
		return view(order);
	}

	@Transactional
	public Optional<AmendableOffer> amendable(long offerId, boolean lock) {
		Optional<ContractedOffer> found = lock ? this.offers.findForUpdate(offerId) : this.offers.findById(offerId);
		return found.map((offer) -> {
			Map<Long, List<ContractedSheet>> live = new LinkedHashMap<>();
			this.offers.findSheets(offer.getId())
				.stream()
				.filter((sheet) -> sheet.getState() == SheetState.DELIVERED)
				.forEach((sheet) -> live.computeIfAbsent(sheet.getProductId(), (id) -> new ArrayList<>()).add(sheet));
			List<LiveProduct> products = live.values()
				.stream()
				.map((sheets) -> new LiveProduct(sheets.get(0).getProductId(), sheets.get(0).getSection(),
						sheets.get(0).getProductName(),
						sheets.stream().map(ContractedSheet::getMonthlyClient).reduce(BigDecimal.ZERO, BigDecimal::add),
						sheets.stream().map((sheet) -> new LiveUnit(sheet.getId(), sheet.getNumber())).toList()))
				.toList();
			return new AmendableOffer(offer.getId(), offer.getNumber(), offer.getOwnerId(), offer.getClientId(),
					offer.getClientName(), offer.getOfferId(), offer.getOfferName(), offer.getInstallationSiteId(),
					offer.getBillingPointId(), offer.getContactIds(), offer.getOrderNumber(),
					offer.amendmentUnavailable(), products);
		});
	}

	/**
	 * Places an amendment: new units written set-wise as a creation's, the units taken
	 * away as ordered sheets "Résiliation en cours" that keep the number's fate.
	 */
	@Transactional
	public OrderView amend(NewAmendment request) {
		Optional<CustomerOrder> existing = this.orders.findByQuoteId(request.quoteId());
		if (existing.isPresent()) {
			return view(existing.get());
		}
		ContractedOffer offer = this.offers.findForUpdate(request.contractedOfferId())
			.orElseThrow(() -> new NotFoundException("ContractedOffer", request.contractedOfferId()));
		if (offer.amendmentUnavailable() != null) {
			throw new BusinessRuleException(offer.amendmentUnavailable(), offer.getNumber(), offer.getOrderNumber());
		}
		AmendableOffer live = amendable(offer.getId(), false).orElseThrow();
		CustomerOrder previous = offer.getCurrentOrderId() == null ? null
				: this.orders.findById(offer.getCurrentOrderId()).orElse(null);
		String resellerEmail = request.resellerEmail() != null ? request.resellerEmail()
				: previous == null ? null : previous.getResellerEmail();
		CustomerOrder order = this.orders.saveAndFlush(new CustomerOrder(offer, request.quoteId(),
				request.quoteReference(), this.clock.instant(), resellerEmail));
		due(order);
		long firstNew = ((Number) this.entities.createNativeQuery("select coalesce(max(id), 0) from contracted_sheet")
			.getSingleResult()).longValue();
		int reductions = 0;
		for (NewLine line : request.lines()) {
			int units = live.product(line.productId()).map(LiveProduct::quantity).orElse(0);
			int added = line.quantity() - units;
			int removed = (int) request.removals()
				.keySet()
				.stream()
				.filter((sheetId) -> live.product(line.productId())
					.map((product) -> product.units().stream().anyMatch((unit) -> unit.contractedSheetId() == sheetId))
					.orElse(false))
				.count();
			if (added < 0 && removed != -added) {
				throw new BusinessRuleException("amendment.error.removals", line.productName(), -added);
			}
			reductions += Math.max(-added, 0);
			if (added > 0) {
				insertSheets(offer, offer.getOwnerId(), line, added);
			}
		}
		long allRemoved = request.removals()
			.keySet()
			.stream()
			.filter((sheetId) -> live.products()
				.stream()
				.anyMatch(
						(product) -> product.units().stream().anyMatch((unit) -> unit.contractedSheetId() == sheetId)))
			.count();
		if (allRemoved != request.removals().size() || reductions != request.removals().size()) {
			throw new BusinessRuleException("amendment.error.notLive");
		}
		this.entities.createNativeQuery("""
				insert into ordered_sheet (owner_id, order_id, contracted_sheet_id, number, created_at, updated_at)
				select owner_id, :order, id, 'CFP' || nextval('ordered_sheet_number_seq'), :now, :now
				from contracted_sheet where contracted_offer_id = :offer and id > :firstNew order by id""")
			.setParameter("order", order.getId())
			.setParameter("offer", offer.getId())
			.setParameter("firstNew", firstNew)
			.setParameter("now", this.clock.instant())
			.executeUpdate();
		request.removals()
			.forEach((sheetId, keep) -> this.entities.createNativeQuery("""
					insert into ordered_sheet (owner_id, order_id, contracted_sheet_id, number, state, removal,
					  keep_number, created_at, updated_at)
					select owner_id, :order, id, 'CFP' || nextval('ordered_sheet_number_seq'), 'TERMINATING', true,
					  :keep, :now, :now
					from contracted_sheet where id = :sheet and contracted_offer_id = :offer""")
				.setParameter("order", order.getId())
				.setParameter("offer", offer.getId())
				.setParameter("sheet", sheetId)
				.setParameter("keep", keep)
				.setParameter("now", this.clock.instant())
				.executeUpdate());
		List<OrderedSheet> sheets = this.orders.findSheets(order.getId());
		if (sheets.isEmpty()) {
			// an amendment that adds and takes away nothing: an order the desk could
			// never
			// finish (the transaction is rolled back, the order with it)
			throw new BusinessRuleException("amendment.error.noChange");
		}
		OrderState before = offer.getState();
		order.follow(sheets.stream().map(OrderedSheet::getState).toList(), PortalClock.today(this.clock),
				this.workingDays);
		offer.follow(order);
		this.events
			.save(new OrderEvent(offer, order, null, OrderEvent.Kind.AMENDMENT_REQUESTED, OrderDesk.currentUser())
				.states(before, offer.getState())
				.comment(request.quoteReference()));
		return view(order);
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> forQuote(long quoteId) {
		return this.orders.findByQuoteId(quoteId).map(this::view);
	}

	/**
	 * {@code quantity} contracted sheets of the line's product on the OC, in one
	 * statement.
	 */
	private void insertSheets(ContractedOffer offer, Long ownerId, NewLine line, int quantity) {
		this.entities
			.createNativeQuery(
					"""
							insert into contracted_sheet (owner_id, contracted_offer_id, number, product_id, section, product_name,
							  supplier_reference, setup_client, monthly_client, setup_operator, monthly_operator, created_at, updated_at,
							  portability)
							select :owner, :offer, 'FPC' || nextval('contracted_sheet_number_seq'), :product, :section, :name,
							  :supplier, :setupClient, :monthlyClient, :setupOperator, :monthlyOperator, :now, :now,
							  lower(:section) like 'portabilit%'
							from generate_series(1, :quantity)""")
			.setParameter("owner", ownerId)
			.setParameter("offer", offer.getId())
			.setParameter("product", line.productId())
			.setParameter("section", line.section())
			.setParameter("name", line.productName())
			.setParameter("supplier", line.supplierReference())
			.setParameter("setupClient", line.setupClient())
			.setParameter("monthlyClient", line.monthlyClient())
			.setParameter("setupOperator", line.setupOperator())
			.setParameter("monthlyOperator", line.monthlyOperator())
			.setParameter("now", this.clock.instant())
			.setParameter("quantity", quantity)
			.executeUpdate();
	}

	private OrderView view(CustomerOrder order) {
		ContractedOffer offer = this.offers.findById(order.getContractedOfferId()).orElseThrow();
		return new OrderView(order.getId(), order.getNumber(), order.getType(), order.getState(),
				order.getDepositedAt(), offer.getId(), offer.getNumber(), this.orders.countSheets(order.getId()));
	}

	/** Due its offer's target delay after its deposit, in working days. */
	private void due(CustomerOrder order) {
		Integer target = this.catalogue.offer(order.getOfferId()).map(OfferView::targetDeliveryDays).orElse(null);
		order.due(PortalClock.today(this.clock), target, this.workingDays);
	}

}
