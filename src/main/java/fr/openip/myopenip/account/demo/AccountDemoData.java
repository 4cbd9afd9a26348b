package fr.openip.myopenip.account.demo;

import fr.openip.myopenip.account.domain.UserAccount;

import fr.openip.myopenip.shared.DemoLoading;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.PartnerView;
import fr.openip.myopenip.shared.Role;

/**
 * Loads the demo accounts on the first start of an empty database (profile {@code demo}),
 * once the demo companies are there: two resellers, the operator's sales, order desk and
 * admin, all with the password {@value #PASSWORD}.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class AccountDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AccountDemoData.class);

	static final String PASSWORD = "demo1234";

	private static final long LOCK_KEY = 7_041_991L;

	private final EntityManager entityManager;

	private final PasswordEncoder passwordEncoder;

	private final Companies companies;

	AccountDemoData(EntityManager entityManager, PasswordEncoder passwordEncoder, Companies companies) {
		this.entityManager = entityManager;
		this.passwordEncoder = passwordEncoder;
		this.companies = companies;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY, "select count(u) from UserAccount u")) {
			return;
		}
		log.info("No account yet: loading the demo logins revendeur1, revendeur2, operateur, adv, admin");
		Map<String, Long> partners = this.companies.partners()
			.stream()
			.collect(Collectors.toMap(PartnerView::name, PartnerView::id));
		String hash = this.passwordEncoder.encode(PASSWORD);
		long alpha = partners.get("Alpha Télécom");
		long beta = partners.get("Beta Réseaux");
		long operator = partners.get("openIP");
		persist(new UserAccount("revendeur1", "revendeur1@alpha-telecom.fr", "Alice", "Martin", Role.RESELLER, alpha,
				hash, false));
		persist(new UserAccount("revendeur2", "revendeur2@beta-reseaux.fr", "Bruno", "Petit", Role.RESELLER, beta, hash,
				false));
		persist(new UserAccount("operateur", "operateur@openip.fr", "Olivier", "Durand", Role.OPERATOR, operator, hash,
				false));
		persist(new UserAccount("adv", "adv@openip.fr", "Agnès", "Leroy", Role.ADV, operator, hash, false));
		persist(new UserAccount("admin", "admin@openip.fr", "Adrien", "Moreau", Role.ADMIN, operator, hash, false));
	}

	private void persist(UserAccount account) {
		this.entityManager.persist(account);
	}

}
