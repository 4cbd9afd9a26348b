package fr.openip.myopenip.demo;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.openip.myopenip.account.Role;
import fr.openip.myopenip.account.UserAccount;
import fr.openip.myopenip.company.Company;
import fr.openip.myopenip.company.CompanyUniverse;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo companies and users on the first start of an empty database (profile {@code demo}).
 * Several instances starting together load it once: the first takes an advisory lock.
 */
@Component
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "demo1234";

	private static final long LOCK_KEY = 7_041_990L;

	private final EntityManager entityManager;

	private final PasswordEncoder passwordEncoder;

	DemoData(EntityManager entityManager, PasswordEncoder passwordEncoder) {
		this.entityManager = entityManager;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
		long companies = this.entityManager.createQuery("select count(c) from Company c", Long.class).getSingleResult();
		if (companies > 0) {
			return;
		}
		log.info("Empty database: loading the demo data (logins revendeur1, revendeur2, operateur, adv, admin)");
		String hash = this.passwordEncoder.encode(PASSWORD);

		Company operator = persist(new Company("openIP", CompanyUniverse.OPERATOR, null));
		Company alpha = persist(new Company("Alpha Télécom", CompanyUniverse.RESELLER, operator));
		Company beta = persist(new Company("Beta Réseaux", CompanyUniverse.RESELLER, operator));
		persist(new Company("Gamma Apporteurs", CompanyUniverse.AMBASSADOR, operator));

		persist(new UserAccount("revendeur1", "revendeur1@alpha-telecom.fr", "Alice", "Martin", Role.RESELLER, alpha,
				hash, false));
		persist(new UserAccount("revendeur2", "revendeur2@beta-reseaux.fr", "Bruno", "Petit", Role.RESELLER, beta, hash,
				false));
		persist(new UserAccount("operateur", "operateur@openip.fr", "Olivier", "Durand", Role.OPERATOR, operator, hash,
				false));
		persist(new UserAccount("adv", "adv@openip.fr", "Agnès", "Leroy", Role.ADV, operator, hash, false));
		persist(new UserAccount("admin", "admin@openip.fr", "Adrien", "Moreau", Role.ADMIN, operator, hash, false));

		for (String name : List.of("Boulangerie Dupain", "Cabinet Lefèvre Avocats", "Garage des Tilleuls")) {
			persist(new Company(name, CompanyUniverse.END_CLIENT, alpha));
		}
		persist(Company.prospectOf("Pharmacie du Centre", alpha));
		persist(Company.prospectOf("Hôtel Bellevue", alpha));
		for (String name : List.of("Imprimerie Rapide", "Clinique Vétérinaire Saint-Roch", "Transports Morel")) {
			persist(new Company(name, CompanyUniverse.END_CLIENT, beta));
		}
		persist(Company.prospectOf("Menuiserie Girard", beta));
		persist(Company.prospectOf("Auto-école Central", beta));
	}

	private <T> T persist(T entity) {
		this.entityManager.persist(entity);
		return entity;
	}

}
