package fr.openip.myopenip.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.TestClients;
import fr.openip.myopenip.order.Orders.NewLine;
import fr.openip.myopenip.order.Orders.NewOrder;
import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.OrderDesk;
import fr.openip.myopenip.order.domain.OrderDesk.SheetMove;
import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteBasket;

/**
 * Places orders for tests as a validated quote would ({@link Orders#place}), for a new
 * client of a reseller: the quote's flow is the quote tests' business.
 */
@Component
public class TestOrders {

	/** Where the reseller hears of its orders in these tests. */
	public static final String RESELLER_EMAIL = "commercial@alpha-telecom.test";

	private final TestClients clients;

	private final Catalogue catalogue;

	private final Orders orders;

	private final TransactionTemplate transactions;

	private final QuoteBasket quotes;

	private final OrderDesk desk;

	private final ContractedOffers offers;

	private final jakarta.persistence.EntityManager entities;

	TestOrders(TestClients clients, Catalogue catalogue, Orders orders, TransactionTemplate transactions,
			QuoteBasket quotes, OrderDesk desk, ContractedOffers offers, jakarta.persistence.EntityManager entities) {
		this.desk = desk;
		this.offers = offers;
		this.entities = entities;
		this.clients = clients;
		this.quotes = quotes;
		this.catalogue = catalogue;
		this.orders = orders;
		this.transactions = transactions;
	}

	/**
	 * Delivers every sheet of the order as the demo order desk user would: takes it, then
	 * En cours, then Livrée.
	 */
	public void deliver(OrderView order) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("adv", null,
					List.of(new SimpleGrantedAuthority("ROLE_ADV"))));
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.desk.take(order.id());
				for (SheetState state : List.of(SheetState.IN_PROGRESS, SheetState.DELIVERED)) {
					Map<Long, Long> versions = new java.util.LinkedHashMap<>();
					this.offers.orderSheets(order.id())
						.forEach((sheet) -> versions.put(sheet.getId(), sheet.getVersion()));
					this.desk.move(order.id(), new SheetMove(versions, state, null, null));
					this.entities.flush();
				}
			});
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** An order of {@code units} geographic numbers for a new client of Alpha. */
	public OrderView forAlpha(String clientName, int units) {
		return place("Alpha Télécom", clientName, "Numéro - Géographique", Map.of("Numéro géographique", units));
	}

	/**
	 * An order of the offer {@code offerName}, {@code quantities} by product name, for a
	 * new client of the reseller {@code resellerName}.
	 */
	public OrderView place(String resellerName, String clientName, String offerName, Map<String, Integer> quantities) {
		long reseller = this.clients.resellerId(resellerName);
		Company client = this.clients.create(clientName, reseller, false, 4);
		var file = this.clients.file(client.getId());
		OfferView offer = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals(offerName))
			.findFirst()
			.orElseThrow();
		List<NewLine> lines = new ArrayList<>();
		Map<Long, Integer> basket = new java.util.LinkedHashMap<>();
		for (ProductView product : this.catalogue.productsOnSale(offer.id())) {
			Integer quantity = quantities.get(product.name());
			if (quantity != null) {
				lines.add(new NewLine(product.id(), product.section(), product.name(), product.supplierReference(),
						quantity, product.setupClient(), product.monthlyClient(), product.setupOperator(),
						product.monthlyOperator()));
				basket.put(product.id(), quantity);
			}
		}
		SecurityContextHolder.clearContext();
		Quote quote = this.quotes.create(client.getId(), offer.id(), basket, RESELLER_EMAIL);
		NewOrder order = new NewOrder(reseller, quote.getId(), quote.getReference(), client.getId(), clientName,
				offer.id(), offer.name(), offer.commitmentMonths(), file.mainSite().getId(), file.mainSite().getName(),
				file.billingPoints().get(0).getId(), List.of(file.contacts().get(0).getId()), RESELLER_EMAIL, lines);
		return this.transactions.execute((status) -> this.orders.place(order));
	}

}
