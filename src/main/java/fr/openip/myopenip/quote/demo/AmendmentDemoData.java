package fr.openip.myopenip.quote.demo;

import fr.openip.myopenip.shared.DemoLoading;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteAmendment;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.quote.domain.QuoteValidation;
import fr.openip.myopenip.shared.RunAs;

/**
 * An amendment on the first start of an empty database (profile {@code demo}), after the
 * demo order desk delivered its OCs: Alpha Télécom raises OC94529 "Numéro - Géographique"
 * of Boulangerie Dupain by one number, validated on the client's behalf, so that an order
 * "Ajout / Réduction" waits in the order desk's queue; OC138637, the guide's, stays free
 * to amend.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class AmendmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AmendmentDemoData.class);

	private static final long LOCK_KEY = 7_041_996L;

	private final EntityManager entityManager;

	private final QuoteAmendment amendments;

	private final QuoteBasket basket;

	private final QuoteSummary summary;

	private final QuoteValidation validation;

	private final Catalogue catalogue;

	private final UserDetailsService users;

	AmendmentDemoData(EntityManager entityManager, QuoteAmendment amendments, QuoteBasket basket, QuoteSummary summary,
			QuoteValidation validation, Catalogue catalogue, UserDetailsService users) {
		this.entityManager = entityManager;
		this.amendments = amendments;
		this.basket = basket;
		this.summary = summary;
		this.validation = validation;
		this.catalogue = catalogue;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY,
				"select count(q) from Quote q where q.contractedOfferId is not null")) {
			return;
		}
		var offer = this.entityManager
			.createNativeQuery("select id from contracted_offer where number = 'OC94529' and state = 'DELIVERED'")
			.getResultList();
		if (offer.isEmpty()) {
			return;
		}
		long oc = ((Number) offer.get(0)).longValue();
		RunAs.user(this.users, "revendeur1", () -> amend(oc));
	}

	/** OC94529 raised by one "Numéro géographique", validated on the client's behalf. */
	private Quote amend(long oc) {
		var live = this.amendments.start(oc).offer();
		long number = this.catalogue.productsOnSale(live.offerId())
			.stream()
			.filter((product) -> product.name().equals("Numéro géographique"))
			.findFirst()
			.orElseThrow()
			.id();
		int today = live.product(number).map((product) -> product.quantity()).orElse(0);
		Quote quote = this.amendments.create(oc,
				new QuoteAmendment.Basket(Map.of(number, today + 1), Map.of(), Map.of()), null);
		this.entityManager.flush();
		quote = this.basket.chooseSites(quote.getId(), quote.getVersion(), quote.getInstallationSiteId(),
				quote.getBillingPointId(), true);
		quote = this.summary.proceed(quote.getId(), null);
		this.validation.validateForTheClient(quote.getId(), null, true);
		log.info("Demo amendment {} of OC94529", quote.getReference());
		return quote;
	}

}
