package fr.openip.myopenip.company.demo;

import fr.openip.myopenip.shared.DemoLoading;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.openip.myopenip.company.Address;
import fr.openip.myopenip.company.domain.BillingDetails;
import fr.openip.myopenip.company.PaymentMode;
import fr.openip.myopenip.company.domain.BillingPoint.PaymentTerms;
import fr.openip.myopenip.company.VatRegime;
import fr.openip.myopenip.company.domain.ClientWizard;
import fr.openip.myopenip.company.domain.Company;
import fr.openip.myopenip.company.domain.Company.GuaranteeType;
import fr.openip.myopenip.company.domain.Company.LegalForm;
import fr.openip.myopenip.company.CompanyUniverse;
import fr.openip.myopenip.company.Civility;
import fr.openip.myopenip.company.domain.Contact.Function;
import fr.openip.myopenip.company.domain.ContactDetails;
import fr.openip.myopenip.company.domain.GeneralInformation;
import fr.openip.myopenip.company.domain.SiteDetails;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo companies on the first start of an empty database (profile
 * {@code demo}): the operator, two resellers and an ambassador, and their clients and
 * prospects at every step of the wizard. Several instances starting together load it
 * once: the first takes an advisory lock. The accounts come next
 * ({@code AccountDemoData}).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class CompanyDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CompanyDemoData.class);

	private static final long LOCK_KEY = 7_041_990L;

	private final EntityManager entityManager;

	private final ClientWizard wizard;

	CompanyDemoData(EntityManager entityManager, ClientWizard wizard) {
		this.entityManager = entityManager;
		this.wizard = wizard;
	}

	/**
	 * A demo client or prospect: its name, SIREN, street, postal code, city, and how far
	 * its wizard went.
	 */
	private static final java.util.Set<String> DIRECT_DEBIT = java.util.Set.of("Boulangerie Dupain",
			"Imprimerie Rapide");

	private record DemoClient(String name, String siren, String street, String postalCode, String city, int steps,
			boolean prospect) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY, "select count(c) from Company c")) {
			return;
		}
		log.info("Empty database: loading the demo companies");

		Company operator = persist(new Company("openIP", CompanyUniverse.OPERATOR, null));
		Company alpha = persist(new Company("Alpha Télécom", CompanyUniverse.RESELLER, operator));
		Company beta = persist(new Company("Beta Réseaux", CompanyUniverse.RESELLER, operator));
		persist(new Company("Gamma Apporteurs", CompanyUniverse.AMBASSADOR, operator));

		this.entityManager.flush();

		List.of(new DemoClient("Boulangerie Dupain", "732829320", "rue de la République", "37550", "SAINT AVERTIN", 4,
				false),
				new DemoClient("Cabinet Lefèvre Avocats", "552100554", "boulevard Béranger", "37000", "TOURS", 4,
						false),
				new DemoClient("Garage des Tilleuls", "443061841", "avenue du Général de Gaulle", "92110", "CLICHY", 2,
						false),
				new DemoClient("Pharmacie du Centre", "542051180", "place du Marché", "37300", "JOUÉ-LÈS-TOURS", 2,
						true),
				new DemoClient("Hôtel Bellevue", "652014051", "quai de la Loire", "37100", "TOURS", 4, true))
			.forEach(client -> create(client, alpha));
		List.of(new DemoClient("Imprimerie Rapide", "775670417", "rue de Neuilly", "92110", "CLICHY", 4, false),
				new DemoClient("Clinique Vétérinaire Saint-Roch", "380129866", "rue Nationale", "37000", "TOURS", 4,
						false),
				new DemoClient("Transports Morel", "410910095", "route de Paris", "45000", "ORLÉANS", 4, false),
				new DemoClient("Menuiserie Girard", "818467037", "rue des Artisans", "41000", "BLOIS", 1, true),
				new DemoClient("Auto-école Central", "352918940", "rue Royale", "37000", "TOURS", 3, true))
			.forEach(client -> create(client, beta));
	}

	private void create(DemoClient client, Company referent) {
		var information = new GeneralInformation(client.name(), "REF-" + client.siren().substring(0, 5), false,
				client.siren(), LegalForm.SARL, null, null, CompanyUniverse.END_CLIENT, GuaranteeType.NONE, null, null,
				null, null);
		long id = this.wizard.start(information, client.prospect(), referent.getId(), false).getId();
		var address = new Address("12", client.street(), null, null, null, null, null, Address.FRANCE,
				client.postalCode(), client.city());
		if (client.steps() >= 2) {
			this.wizard.saveMainSite(id, new SiteDetails(null, siretOf(client.siren()), "02 47 00 00 00", null,
					"contact@" + slug(client.name()) + ".fr", null, address, "9h-18h"), false);
		}
		if (client.steps() >= 3) {
			// one client of each reseller pays by direct debit: its sales carry a SEPA
			// mandate
			boolean debit = DIRECT_DEBIT.contains(client.name());
			this.wizard.saveBillingPoint(id,
					new BillingDetails(true, "DEFAUT", "compta@" + slug(client.name()) + ".fr",
							debit ? PaymentMode.DIRECT_DEBIT : PaymentMode.CHEQUE, PaymentTerms.DAYS_30, null,
							VatRegime.SUBJECT, false, debit ? "FR7630006000011234567890189" : null,
							debit ? "AGRIFRPP" : null, debit ? "RUM-" + client.siren() : null, address),
					List.of(), false);
		}
		if (client.steps() >= 4) {
			this.wizard.saveAdministrator(id, new ContactDetails(Civility.MR, "Durand", "Paul", "06 12 34 56 78", null,
					null, "paul.durand@" + slug(client.name()) + ".fr", Set.of(Function.GENERAL_MANAGEMENT)), false);
		}
	}

	/** The SIRET of the first establishment of a SIREN: NIC 0001x with a valid key. */
	private static String siretOf(String siren) {
		for (int digit = 0; digit <= 9; digit++) {
			String siret = siren + "0001" + digit;
			if (fr.openip.myopenip.company.validation.Identifiers.isValidSiret(siret)) {
				return siret;
			}
		}
		throw new IllegalStateException("No SIRET for " + siren);
	}

	private static String slug(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
