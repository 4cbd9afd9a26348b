package fr.openip.myopenip.quote.demo;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.quote.domain.QuoteBasket;

/**
 * Loads a few quotes on the first start of an empty database (profile {@code demo}), so
 * that "Mes devis" is alive: baskets of the guides' offers for the demo resellers'
 * clients and prospects.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class QuoteDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(QuoteDemoData.class);

	private static final long LOCK_KEY = 7_041_993L;

	private final EntityManager entityManager;

	private final QuoteBasket basket;

	private final Companies companies;

	private final Catalogue catalogue;

	QuoteDemoData(EntityManager entityManager, QuoteBasket basket, Companies companies, Catalogue catalogue) {
		this.entityManager = entityManager;
		this.basket = basket;
		this.companies = companies;
		this.catalogue = catalogue;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
		if (this.entityManager.createQuery("select count(q) from Quote q", Long.class).getSingleResult() > 0) {
			return;
		}
		log.info("No quote yet: loading the demo quotes");
		quote("Boulangerie Dupain", "SIP Trunk Touch", Map.of("Appel(s) simu(s) SIP - Compteur", 3));
		quote("Cabinet Lefèvre Avocats", "Com'Unifiées MetaCentrex",
				Map.of("Licence MetaCentrex SDA simple", 4, "Licence MetaCentrex SDA Full", 2));
		quote("Hôtel Bellevue", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 6));
		quote("Imprimerie Rapide", "Com'Unifiées MetaCentrex",
				Map.of("Licence MetaCentrex SDA Full (avec prédécroché & gestion horaire)", 5));
		quote("Transports Morel", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 10, "Mise en service SIP Trunk", 1));
		quote("Auto-école Central", "Numéro - Géographique", Map.of("Numéro géographique", 2));
	}

	private void quote(String clientName, String offerName, Map<String, Integer> quantities) {
		List<ClientView> clients = this.companies.clientsNamed(clientName);
		OfferView offer = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals(offerName))
			.findFirst()
			.orElse(null);
		if (clients.isEmpty() || offer == null) {
			return;
		}
		Map<Long, Integer> basket = new java.util.LinkedHashMap<>();
		for (ProductView product : this.catalogue.productsOnSale(offer.id())) {
			Integer quantity = quantities.get(product.name());
			if (quantity != null) {
				basket.put(product.id(), quantity);
			}
		}
		this.basket.create(clients.get(0).id(), offer.id(), basket, null);
	}

}
