package fr.openip.myopenip.telephony.demo;

import fr.openip.myopenip.shared.DemoLoading;
import java.util.LinkedHashMap;
import java.util.List;
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

import fr.openip.myopenip.shared.RunAs;
import fr.openip.myopenip.telephony.domain.HuntGroups;
import fr.openip.myopenip.telephony.domain.HuntStrategy;
import fr.openip.myopenip.telephony.domain.Licence;
import fr.openip.myopenip.telephony.domain.LicenceSettings;
import fr.openip.myopenip.telephony.domain.NumberDissociation;
import fr.openip.myopenip.telephony.domain.OutgoingRestriction;
import fr.openip.myopenip.telephony.domain.PhoneNumber;
import fr.openip.myopenip.telephony.domain.Services;
import fr.openip.myopenip.telephony.domain.TelephonyService;
import fr.openip.myopenip.telephony.domain.UserSettings;

/**
 * Sets up the demo services on the first start of an empty database (profile
 * {@code demo}), after the demo order desk delivered their OCs, as their resellers would:
 * users with numbers and settings, a group, a free number in the pool and a number in
 * quarantine, so that guide 004 can be followed at once (OC138637 of Alpha Télécom's
 * Cabinet Lefèvre Avocats, and Beta Réseaux's Imprimerie Rapide).
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class TelephonyDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TelephonyDemoData.class);

	private static final long LOCK_KEY = 7_041_995L;

	private final EntityManager entityManager;

	private final Services services;

	private final LicenceSettings settings;

	private final HuntGroups groups;

	private final NumberDissociation dissociation;

	private final UserDetailsService users;

	TelephonyDemoData(EntityManager entityManager, Services services, LicenceSettings settings, HuntGroups groups,
			NumberDissociation dissociation, UserDetailsService users) {
		this.entityManager = entityManager;
		this.services = services;
		this.settings = settings;
		this.groups = groups;
		this.dissociation = dissociation;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY,
				// the sales' setup sheets name the users already: the guide's settings
				// are
				// the mark of this loader
				"select count(l) from Licence l where l.emergencyNumber is not null")) {
			return;
		}
		RunAs.user(this.users, "revendeur1",
				() -> service(
						"Cabinet Lefèvre Avocats", List.of("Claire Lefèvre", "Marc Dubois", "Sophie Martin",
								"Julien Petit", "Accueil SVI", "Fax Comptabilité", "Salle Conférence"),
						"Accueil", 3, 3));
		RunAs.user(this.users, "revendeur2", () -> service("Imprimerie Rapide",
				List.of("Paul Girard", "Nadia Benali", "Poste Atelier"), "Atelier", 2, -1));
	}

	/**
	 * Gives the service's first licences to {@code names} with numbers of the pool,
	 * groups the first {@code grouped}, and dissociates the {@code quarantined}-th user's
	 * number without keeping it (-1: none).
	 */
	private boolean service(String client, List<String> names, String group, int grouped, int quarantined) {
		List<TelephonyService> found = this.entityManager
			.createQuery("select s from TelephonyService s where s.clientName = :client order by s.id",
					TelephonyService.class)
			.setParameter("client", client)
			.getResultList();
		if (found.isEmpty()) {
			return false;
		}
		TelephonyService service = found.get(0);
		List<Licence> licences = this.entityManager
			.createQuery("select l from Licence l where l.serviceId = :service order by l.sheetNumber", Licence.class)
			.setParameter("service", service.getId())
			.getResultList();
		List<PhoneNumber> pool = this.services.freeNumbers(service);
		int given = Math.min(names.size(), Math.min(licences.size(), pool.size()));
		for (int i = 0; i < given; i++) {
			String[] name = names.get(i).split(" ", 2);
			PhoneNumber number = pool.get(i);
			boolean fax = names.get(i).startsWith("Fax");
			this.settings.save(service.getId(), licences.get(i).getId(), licences.get(i).getVersion(),
					new UserSettings(name[1], name[0], number.getNumber(), fax ? number.getNumber() : null,
							i % 3 == 2 ? OutgoingRestriction.INTERNATIONAL : OutgoingRestriction.NONE, i % 2 == 1,
							i == 0, null, licences.get(i).getExtension(), false),
					number.getId());
		}
		this.entityManager.flush();
		this.groups.save(service.getId(), null, 0, group, HuntStrategy.SIMULTANEOUS,
				licences.subList(0, Math.min(grouped, given)).stream().map(Licence::getId).toList());
		if (quarantined >= 0 && quarantined < given) {
			Map<Long, Boolean> keep = new LinkedHashMap<>();
			keep.put(licences.get(quarantined).getId(), false);
			this.dissociation.dissociate(service.getId(), keep);
		}
		this.entityManager.flush();
		log.info("Demo service {} of {}: {} user(s)", service.getNumber(), client, given);
		return true;
	}

}
