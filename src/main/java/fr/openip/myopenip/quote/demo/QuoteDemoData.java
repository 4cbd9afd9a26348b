package fr.openip.myopenip.quote.demo;

import fr.openip.myopenip.shared.DemoLoading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import fr.openip.myopenip.catalogue.FormType;
import fr.openip.myopenip.paperwork.FormFields;
import fr.openip.myopenip.paperwork.LicenceSetup;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.Rio;
import fr.openip.myopenip.catalogue.Catalogue.OfferView;
import fr.openip.myopenip.catalogue.Catalogue.ProductView;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.company.Companies.ContactView;
import fr.openip.myopenip.quote.domain.Quote;
import fr.openip.myopenip.quote.domain.QuoteBasket;
import fr.openip.myopenip.quote.domain.QuoteSigning;
import fr.openip.myopenip.quote.domain.QuoteSummary;
import fr.openip.myopenip.quote.domain.QuoteValidation;

/**
 * Loads quotes on the first start of an empty database (profile {@code demo}), so that
 * "Mes devis" is alive: for each demo reseller, quotes of the guides' offers at every
 * step a saved quote can stand at (2 sites and contacts, 3 summary, 4 validation), sent
 * to the client, signed (with their orders), refused, validated on the client's behalf,
 * expired, and a prospect's waiting for its client account.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class QuoteDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(QuoteDemoData.class);

	private static final long LOCK_KEY = 7_041_993L;

	private static final Pattern LINK = Pattern.compile("/signature/([A-Za-z0-9_-]{43})");

	/** How far a demo quote goes. */
	/** The users of the demo licences' setup sheets: last name, first name. */
	private static final String[][] USERS = { { "Martin", "Claire" }, { "Bernard", "Lucas" }, { "Petit", "Emma" },
			{ "Robert", "Hugo" }, { "Richard", "Léa" }, { "Durand", "Louis" }, { "Moreau", "Chloé" },
			{ "Simon", "Jules" } };

	enum Outcome {

		BASKET, SITES, SUMMARY, VALIDATION, SENT, SIGNED, REFUSED, FOR_THE_CLIENT, EXPIRED

	}

	private final EntityManager entityManager;

	private final QuoteBasket basket;

	private final QuoteSummary summary;

	private final QuoteValidation validation;

	private final QuoteSigning signing;

	private final Companies companies;

	private final Catalogue catalogue;

	private final SalesForms forms;

	QuoteDemoData(EntityManager entityManager, QuoteBasket basket, QuoteSummary summary, QuoteValidation validation,
			QuoteSigning signing, Companies companies, Catalogue catalogue, SalesForms forms) {
		this.forms = forms;
		this.entityManager = entityManager;
		this.basket = basket;
		this.summary = summary;
		this.validation = validation;
		this.signing = signing;
		this.companies = companies;
		this.catalogue = catalogue;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY, "select count(q) from Quote q")) {
			return;
		}
		log.info("No quote yet: loading the demo quotes");
		// Alpha Télécom
		quote("Boulangerie Dupain", "SIP Trunk Touch", Map.of("Appel(s) simu(s) SIP - Compteur", 3), Outcome.SIGNED);
		quote("Boulangerie Dupain", "Numéro - Géographique", Map.of("Numéro géographique", 2), Outcome.REFUSED);
		quote("Boulangerie Dupain", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 2),
				Outcome.EXPIRED);
		quote("Cabinet Lefèvre Avocats", "Com'Unifiées MetaCentrex",
				Map.of("Licence MetaCentrex SDA simple", 4, "Licence MetaCentrex SDA Full", 2), Outcome.SENT);
		quote("Cabinet Lefèvre Avocats", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 4, "Mise en service SIP Trunk", 1), Outcome.SUMMARY);
		quote("Hôtel Bellevue", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 6), Outcome.VALIDATION);
		quote("Garage des Tilleuls", "Numéro - Géographique", Map.of("Numéro géographique", 1), Outcome.BASKET);
		// orders the order desk works (order module's demo data): the guide's examples
		// first
		quote("Cabinet Lefèvre Avocats", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 2),
				Outcome.FOR_THE_CLIENT);
		quote("Cabinet Lefèvre Avocats", "Com'Unifiées MetaCentrex",
				Map.of("Licence MetaCentrex SDA simple", 3, "Licence MetaCentrex SDA Full", 1, "Licence SVI", 1,
						"Licence fax entreprise", 1, "Licence full conferencing", 1, "Licence full meeting avancée", 1,
						"Numéro SDA supplémentaire", 4),
				Outcome.FOR_THE_CLIENT);
		quote("Boulangerie Dupain", "Numéro - Géographique", Map.of("Numéro géographique", 2), Outcome.FOR_THE_CLIENT);
		quote("Boulangerie Dupain", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 6, "Mise en service SIP Trunk", 1), Outcome.FOR_THE_CLIENT);
		quote("Cabinet Lefèvre Avocats", "Numéro - Géographique", Map.of("Numéro géographique", 2),
				Outcome.FOR_THE_CLIENT);
		quote("Boulangerie Dupain", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 1),
				Outcome.FOR_THE_CLIENT);
		// Beta Réseaux
		quote("Imprimerie Rapide", "Com'Unifiées MetaCentrex",
				Map.of("Licence MetaCentrex SDA Full (avec prédécroché & gestion horaire)", 5), Outcome.SIGNED);
		quote("Transports Morel", "SIP Trunk Touch",
				Map.of("Appel(s) simu(s) SIP - Compteur", 10, "Mise en service SIP Trunk", 1), Outcome.FOR_THE_CLIENT);
		quote("Clinique Vétérinaire Saint-Roch", "Numéro - Géographique", Map.of("Numéro géographique", 3),
				Outcome.SITES);
		quote("Clinique Vétérinaire Saint-Roch", "Com'Unifiées MetaCentrex",
				Map.of("Licence MetaCentrex SDA simple", 8), Outcome.VALIDATION);
		quote("Auto-école Central", "Numéro - Géographique", Map.of("Numéro géographique", 2), Outcome.BASKET);
		quote("Clinique Vétérinaire Saint-Roch", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 3),
				Outcome.FOR_THE_CLIENT);
		quote("Imprimerie Rapide", "Numéro - Géographique", Map.of("Numéro géographique", 2), Outcome.FOR_THE_CLIENT);
		quote("Transports Morel", "Numéro - Géographique", Map.of("Numéro géographique", 1), Outcome.FOR_THE_CLIENT);
		// "Formulaires": each reseller's mandates in every état (Boulangerie Dupain and
		// Imprimerie Rapide pay by direct debit: their sales carry a SEPA mandate)
		quote("Cabinet Lefèvre Avocats", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 1),
				Outcome.SIGNED);
		quote("Boulangerie Dupain", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 1),
				Outcome.REFUSED);
		quote("Transports Morel", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 1), Outcome.SIGNED);
		quote("Imprimerie Rapide", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 2), Outcome.REFUSED);
		quote("Imprimerie Rapide", "Portabilité de numéros", Map.of("Numéro(s) isolé(s) à porter", 1),
				Outcome.VALIDATION);
		// and the licences' setup sheets in every état
		quote("Boulangerie Dupain", "Com'Unifiées MetaCentrex", Map.of("Licence MetaCentrex SDA simple", 2),
				Outcome.SIGNED);
		quote("Boulangerie Dupain", "Com'Unifiées MetaCentrex", Map.of("Licence MetaCentrex SDA simple", 1),
				Outcome.REFUSED);
		quote("Hôtel Bellevue", "Com'Unifiées MetaCentrex", Map.of("Licence MetaCentrex SDA simple", 2),
				Outcome.VALIDATION);
		quote("Transports Morel", "Com'Unifiées MetaCentrex", Map.of("Licence MetaCentrex SDA Full", 1),
				Outcome.REFUSED);
		quote("Transports Morel", "Com'Unifiées MetaCentrex", Map.of("Licence MetaCentrex SDA simple", 2),
				Outcome.SENT);
	}

	private void quote(String clientName, String offerName, Map<String, Integer> quantities, Outcome outcome) {
		List<ClientView> clients = this.companies.clientsNamed(clientName);
		OfferView offer = this.catalogue.offersOnSale()
			.stream()
			.filter((candidate) -> candidate.name().equals(offerName))
			.findFirst()
			.orElse(null);
		if (clients.isEmpty() || offer == null) {
			return;
		}
		Map<Long, Integer> products = new LinkedHashMap<>();
		for (ProductView product : this.catalogue.productsOnSale(offer.id())) {
			Integer quantity = quantities.get(product.name());
			if (quantity != null) {
				products.put(product.id(), quantity);
			}
		}
		long clientId = clients.get(0).id();
		Quote quote = this.basket.create(clientId, offer.id(), products, null);
		if (outcome == Outcome.BASKET) {
			return;
		}
		List<ContactView> contacts = this.companies.contacts(clientId);
		var sites = this.companies.sites(clientId);
		var points = this.companies.billingPoints(clientId);
		if (contacts.isEmpty() || sites.isEmpty() || points.isEmpty()) {
			return;
		}
		long id = quote.getId();
		this.basket.addContact(id, contacts.get(0).id());
		boolean complete = outcome != Outcome.SITES;
		this.basket.chooseSites(id, this.basket.get(id).getVersion(), sites.get(0).id(), points.get(0).id(), complete);
		if (!complete) {
			return;
		}
		this.summary.comment(id, null, "Mise en service souhaitée avant la fin du mois.");
		if (outcome != Outcome.VALIDATION && outcome != Outcome.EXPIRED) {
			completeTheForms(this.basket.get(id));
		}
		if (outcome == Outcome.SUMMARY) {
			return;
		}
		this.summary.proceed(id, null);
		switch (outcome) {
			case SENT -> this.validation.notifyClient(id, null);
			case SIGNED -> this.signing.accept(linkTo(id), "Paul Durand", "192.0.2.10", "Démonstration");
			case REFUSED ->
				this.signing.refuse(linkTo(id), "Budget reporté au trimestre prochain.", "192.0.2.10", "Démonstration");
			case FOR_THE_CLIENT -> this.validation.validateForTheClient(id, null, true);
			case EXPIRED -> this.entityManager
				.createNativeQuery("update quote set valid_until = current_date - 3,"
						+ " created_at = created_at - interval '33 days' where id = :id")
				.setParameter("id", id)
				.executeUpdate();
			default -> {
			}
		}
	}

	/**
	 * The sale's forms as its reseller completes them: each number to port with its RIO
	 * (the key computed for that number), its holder and a date three weeks ahead; the
	 * SEPA mandate as its billing point prefilled it; each licence's setup sheet with a
	 * user, an e-mail, its extension and the voicemail to it (the demo's groups are the
	 * telephony demo's).
	 */
	private void completeTheForms(Quote quote) {
		for (SalesForms.FormView form : this.forms.ofQuote(quote.getNumber())) {
			if (form.type() == FormType.SEPA_MANDATE && form.toComplete()) {
				FormFields prefilled = this.forms.fields(form.id());
				this.forms.complete(form.id(), form.version(), new FormFields(null, null, quote.getClientName(), null,
						prefilled.iban(), prefilled.bic(), prefilled.rum()));
			}
			if (form.type() == FormType.METACENTREX_SETUP && form.toComplete()) {
				String[] user = USERS[(form.unit() - 1) % USERS.length];
				String extension = this.forms.fields(form.id()).setup().extension();
				String domain = quote.getClientName()
					.toLowerCase(java.util.Locale.ROOT)
					.replaceAll("[^a-z]+", "-")
					.replaceAll("^-|-$", "");
				String email = (user[1] + "." + user[0] + "-" + extension + "@" + domain + ".fr")
					.toLowerCase(java.util.Locale.ROOT);
				this.forms.complete(form.id(), form.version(), new FormFields(null, null, null, null, null, null, null,
						new LicenceSetup(user[0], user[1], email, extension, null, true, List.of())));
			}
			if (form.type() == FormType.PORTING_MANDATE && form.toComplete()) {
				String serial = String.format("%06d", form.id() % 1_000_000);
				String number = "0147" + serial;
				this.forms.complete(form.id(), form.version(),
						new FormFields(number, Rio.withKey("01F" + serial, number), quote.getClientName(),
								PortalClock.today().plusWeeks(3), null, null, null, null, "Orange"));
			}
		}
	}

	/**
	 * Sends the quote to its client and reads the link back from the mail, as the client
	 * would.
	 */
	private String linkTo(long id) {
		String recipient = this.validation.notifyClient(id, null);
		String body = (String) this.entityManager
			.createNativeQuery("select body from outbox_mail where recipient = :recipient order by id desc limit 1")
			.setParameter("recipient", recipient)
			.getSingleResult();
		Matcher matcher = LINK.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No signing link in the mail to " + recipient);
		}
		return matcher.group(1);
	}

}
