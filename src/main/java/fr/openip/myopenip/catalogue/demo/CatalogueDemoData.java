package fr.openip.myopenip.catalogue.demo;

import fr.openip.myopenip.shared.DemoLoading;
import java.math.BigDecimal;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.catalogue.TelephonyUse;
import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.Offer;
import fr.openip.myopenip.catalogue.domain.OfferTerms;
import fr.openip.myopenip.catalogue.domain.ProductTerms;

/**
 * Loads the offers and products the guides name (SPEC §3) on the first start of an empty
 * catalogue (profile {@code demo}); several instances starting together load it once.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class CatalogueDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);

	private static final long LOCK_KEY = 7_041_992L;

	private final EntityManager entityManager;

	private final CatalogueManagement catalogue;

	CatalogueDemoData(EntityManager entityManager, CatalogueManagement catalogue) {
		this.entityManager = entityManager;
		this.catalogue = catalogue;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY, "select count(o) from Offer o")) {
			return;
		}
		log.info("Empty catalogue: loading the demo offers");

		Offer sipTrunk = offer("SIP Trunk Touch", "Trunk SIP pour IPBX : appels simultanés au compteur.", true, false,
				12, 1, 3, 10);
		product(sipTrunk, "Canaux SIP", "Appel(s) simu(s) SIP - Compteur", "OPI-101", 1, "0", "0", "3.00", "1.50");
		product(sipTrunk, "Mise en service", "Mise en service SIP Trunk", "OPI-102", 1, "50.00", "25.00", "0", "0");

		Offer metaCentrex = offer("Com'Unifiées MetaCentrex",
				"Téléphonie hébergée MetaCentrex : licences par utilisateur, numéros et portabilité.", true, true, 24,
				12, 3, 15);
		String licences = "Choix des licences MetaCentrex";
		licenceWithNumber(metaCentrex, licences, "Licence MetaCentrex SDA simple", "OPI-201", 1, "10.00", "5.00",
				"9.90", "6.50");
		licenceWithNumber(metaCentrex, licences, "Licence MetaCentrex SDA Full", "OPI-202", 2, "20.00", "10.00",
				"18.90", "12.40");
		licenceWithNumber(metaCentrex, licences, "Licence MetaCentrex SDA Full (avec prédécroché & gestion horaire)",
				"OPI-203", 3, "20.00", "10.00", "21.80", "14.30");
		String services = "Licences de services MetaCentrex";
		licence(metaCentrex, services, "Licence SVI", "OPI-211", 1, "0", "0", "15.00", "9.00");
		licence(metaCentrex, services, "Licence fax entreprise", "OPI-212", 2, "0", "0", "5.00", "2.50");
		licence(metaCentrex, services, "Licence full conferencing", "OPI-213", 3, "0", "0", "8.00", "4.80");
		licence(metaCentrex, services, "Licence full meeting avancée", "OPI-214", 4, "0", "0", "12.00", "7.20");
		product(metaCentrex, "Numéros", "Numéro SDA supplémentaire", "OPI-204", 1, "0", "0", "1.00", "0.40",
				TelephonyUse.NUMBER);

		Offer portability = offer("Portabilité de numéros", "Portage de numéros existants vers openIP.", false, true, 0,
				1, 1, 10);
		product(portability, "Portabilité", "Numéro(s) isolé(s) à porter", "OPI-205", 1, "3.00", "0", "0", "0");
		product(portability, "Portabilité", "Tranche(s) de numéros à porter", "OPI-206", 2, "15.00", "5.00", "0", "0");

		Offer geographic = offer("Numéro - Géographique", "Numéros géographiques (01 à 05) attribués par openIP.",
				false, false, 0, 1, 1, 5);
		product(geographic, "Numéros", "Numéro géographique", "OPI-301", 1, "0", "0", "1.00", "0.30",
				TelephonyUse.NUMBER);
		product(geographic, "Numéros", "Tranche de 10 numéros géographiques", "OPI-302", 2, "0", "0", "8.00", "2.50",
				TelephonyUse.NUMBER_BLOCK);
	}

	private Offer offer(String name, String description, boolean upgradeAllowed, boolean packaged, int commitmentMonths,
			int renewalMonths, int noticeMonths, int targetDeliveryDays) {
		return this.catalogue.create(new OfferTerms(name, description, upgradeAllowed, packaged, commitmentMonths, true,
				renewalMonths, true, noticeMonths, null, targetDeliveryDays));
	}

	private void product(Offer offer, String section, String name, String supplierReference, int position,
			String setupClient, String setupOperator, String monthlyClient, String monthlyOperator) {
		product(offer, section, name, supplierReference, position, setupClient, setupOperator, monthlyClient,
				monthlyOperator, null);
	}

	private void licence(Offer offer, String section, String name, String supplierReference, int position,
			String setupClient, String setupOperator, String monthlyClient, String monthlyOperator) {
		product(offer, section, name, supplierReference, position, setupClient, setupOperator, monthlyClient,
				monthlyOperator, TelephonyUse.LICENCE);
	}

	private void licenceWithNumber(Offer offer, String section, String name, String supplierReference, int position,
			String setupClient, String setupOperator, String monthlyClient, String monthlyOperator) {
		product(offer, section, name, supplierReference, position, setupClient, setupOperator, monthlyClient,
				monthlyOperator, TelephonyUse.LICENCE_WITH_NUMBER);
	}

	private void product(Offer offer, String section, String name, String supplierReference, int position,
			String setupClient, String setupOperator, String monthlyClient, String monthlyOperator,
			TelephonyUse telephonyUse) {
		this.catalogue.addProduct(offer.getId(), new ProductTerms(section, name, supplierReference, position,
				new BigDecimal(setupClient), new BigDecimal(setupOperator), new BigDecimal(monthlyClient),
				new BigDecimal(monthlyOperator), telephonyUse,
				// a number to port needs its porting mandate (as V22 sets the catalogue),
				// a
				// user licence its setup sheet (V24)
				section.toLowerCase(java.util.Locale.ROOT).startsWith("portabilit") ? FormType.PORTING_MANDATE
						: (telephonyUse == TelephonyUse.LICENCE || telephonyUse == TelephonyUse.LICENCE_WITH_NUMBER)
								? FormType.METACENTREX_SETUP : null));
	}

}
