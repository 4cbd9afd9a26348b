package fr.openip.myopenip.telephony;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.openip.myopenip.shared.BusinessRuleException;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import fr.openip.myopenip.telephony.TestServices.TestService;
import fr.openip.myopenip.telephony.domain.NumberDissociation;
import fr.openip.myopenip.telephony.domain.QuarantineRelease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class TelephonyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestServices services;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NumberDissociation dissociation;

	@Autowired
	QuarantineRelease quarantines;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private RequestPostProcessor alpha() {
		return this.logins.as(DemoUsers.RESELLER_ALPHA);
	}

	private RequestPostProcessor beta() {
		return this.logins.as(DemoUsers.RESELLER_BETA);
	}

	@Test
	void deliveringAMetaCentrexOcGivesItsClientAServiceWithFreeLicencesAndItsNumbersInThePool() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Livrée", 2, 1);
		assertThat(service.licenceIds()).hasSize(2);
		assertThat(this.jdbc.queryForList("select state from licence where service_id = ?", String.class, service.id()))
			.containsOnly("FREE");
		List<String> pool = this.jdbc.queryForList(
				"select number from phone_number where client_id = ? and state = 'FREE'", String.class,
				service.clientId());
		// two licences with their number, one number more; the site is in 92: zone 01
		assertThat(pool).hasSize(3).allMatch((number) -> number.matches("01[0-9]{8}"));
		this.mvc.perform(get("/services").param("client", "Téléphonie Liv").with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Téléphonie Livrée")))
			.andExpect(content().string(containsString("Paramétrer")));
		this.mvc.perform(get("/services/{id}", service.id()).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dissocier vos numéros")));
		// from the client's page, its services
		this.mvc.perform(get("/companies/{id}", service.clientId()).with(alpha()))
			.andExpect(content().string(containsString("/services?clientId=" + service.clientId())));
		this.mvc.perform(get("/services").param("clientId", String.valueOf(service.clientId())).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Services de Téléphonie Livrée")))
			.andExpect(content().string(containsString("Com&#39;Unifiées MetaCentrex")));
		this.mvc.perform(get("/services/{id}/numbers", service.id()).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pool.get(0).substring(0, 2) + " ")));
		this.mvc.perform(get("/services/export").param("client", "Téléphonie Liv").with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"Réf. du service\";\"Nom du service\";\"Client\"")))
			.andExpect(content().string(containsString("Téléphonie Livrée")));
		this.mvc.perform(get("/services/export").param("client", "Téléphonie Liv").with(beta()))
			.andExpect(content().string(not(containsString("Téléphonie Livrée"))));
		// another reseller sees nothing of it: not in its list, 404 by id
		this.mvc.perform(get("/services").param("client", "Téléphonie Liv").with(beta()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Téléphonie Livrée"))));
		for (String tab : List.of("", "/groups", "/numbers", "/history", "/licences/" + service.licenceIds().get(0))) {
			this.mvc.perform(get("/services/" + service.id() + tab).with(beta())).andExpect(status().isNotFound());
		}
	}

	@Test
	void aResellerGivesAFreeLicenceAUserAndANumberOfThePool() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Affectée", 1, 0);
		long licence = service.licenceIds().get(0);
		long number = this.services.freeNumbers(service.clientId()).get(0);
		String digits = this.jdbc.queryForObject("select number from phone_number where id = ?", String.class, number);
		this.mvc
			.perform(licenceForm(service, licence, 0).param("lastName", "Durand")
				.param("firstName", "Alice")
				.param("emergencyNumber", "01 42 42 42 42")
				.param("numberId", String.valueOf(number))
				.with(alpha()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "licence.saved"));
		assertThat(this.services.numberOf(licence)).isEqualTo(number);
		assertThat(this.services.numberState(number)).isEqualTo("ASSIGNED");
		assertThat(this.jdbc.queryForObject("select state from licence where id = ?", String.class, licence))
			.isEqualTo("ACTIVE");
		assertThat(this.jdbc.queryForObject("select emergency_number from licence where id = ?", String.class, licence))
			.isEqualTo("0142424242");
		this.mvc.perform(get("/services/{id}", service.id()).param("sda", digits.substring(0, 6)).with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alice Durand")));
		this.mvc.perform(get("/services/{id}", service.id()).param("sda", "0999").with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Alice Durand"))));
	}

	@Test
	void badSettingsAreRefusedBesideTheirFieldWithNothingWritten() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Refusée", 1, 0);
		long licence = service.licenceIds().get(0);
		long number = this.services.freeNumbers(service.clientId()).get(0);
		// an emergency number of another zone (04: south-east) than the site's (92: 01)
		this.mvc
			.perform(licenceForm(service, licence, 0).param("lastName", "Durand")
				.param("emergencyNumber", "04 91 00 00 00")
				.param("numberId", String.valueOf(number))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("zone du site (01)")));
		this.mvc
			.perform(licenceForm(service, licence, 0).param("lastName", "Durand")
				.param("fax2mailNumber", "12345")
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("numéro français à 10 chiffres")));
		this.mvc.perform(licenceForm(service, licence, 0).param("lastName", " ").with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Indiquez le nom de l&#39;utilisateur.")));
		this.mvc.perform(licenceForm(service, licence, 0).param("lastName", "<b>x</b>".repeat(30)).with(alpha()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.queryForObject("select user_last_name from licence where id = ?", String.class, licence))
			.isNull();
		assertThat(this.services.numberState(number)).isEqualTo("FREE");
		// a stale form
		this.mvc.perform(licenceForm(service, licence, 7).param("lastName", "Durand").with(alpha()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select user_last_name from licence where id = ?", String.class, licence))
			.isNull();
	}

	@Test
	void dissociatingKeepsOneNumberInThePoolQuarantinesTheOtherAndFreesBothLicences() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Dissociée", 3, 0);
		List<Long> numbers = this.services.freeNumbers(service.clientId());
		long kept = service.licenceIds().get(0);
		long dropped = service.licenceIds().get(1);
		this.services.give(kept, "Garde", numbers.get(0));
		this.services.give(dropped, "Quitte", numbers.get(1));
		this.jdbc.update("insert into hunt_group (owner_id, service_id, name, strategy, member_ids, created_at,"
				+ " updated_at) select owner_id, id, 'Accueil', 'SIMULTANEOUS', array[?, ?]::bigint[], now(), now()"
				+ " from telephony_service where id = ?", kept, dropped, service.id());
		this.jdbc.update("insert into service_event (owner_id, service_id, licence_id, kind, detail, actor,"
				+ " created_at, updated_at) select owner_id, id, ?, 'USER_SET', 'Garde', 'test', now(), now()"
				+ " from telephony_service where id = ?", kept, service.id());
		// the confirmation page shows the guide's words and changes nothing ("Annuler")
		this.mvc
			.perform(get("/services/{id}/dissociation", service.id()).param("licenceIds", String.valueOf(kept))
				.param("licenceIds", String.valueOf(dropped))
				.with(alpha()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Numéros à dissocier")))
			.andExpect(content().string(containsString("Conserver le numéro")))
			.andExpect(content().string(containsString(
					"Si vous ne conservez pas le numéro, votre validation débutera la période de quarantaine")));
		assertThat(this.services.numberState(numbers.get(0))).isEqualTo("ASSIGNED");

		this.mvc
			.perform(post("/services/{id}/dissociation", service.id()).param("keep[" + kept + "]", "true")
				.param("keep[" + dropped + "]", "false")
				.with(alpha())
				.with(csrf()))
			.andExpect(redirectedUrl("/services/" + service.id() + "/numbers"));
		assertThat(this.services.numberState(numbers.get(0))).isEqualTo("FREE");
		assertThat(this.services.numberState(numbers.get(1))).isEqualTo("QUARANTINED");
		assertThat(this.jdbc.queryForObject("select quarantine_until from phone_number where id = ?", LocalDate.class,
				numbers.get(1)))
			.isEqualTo(LocalDate.now().plusMonths(3));
		// the licences stay, free, without their settings; they left the group; their
		// own history went with them, the dissociation is written
		assertThat(this.jdbc.queryForList("select state from licence where id in (?, ?)", String.class, kept, dropped))
			.containsExactly("FREE", "FREE");
		assertThat(this.jdbc.queryForObject("select cardinality(member_ids) from hunt_group where service_id = ?",
				Integer.class, service.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from service_event where licence_id in (?, ?)",
				Integer.class, kept, dropped))
			.isZero();
		assertThat(this.jdbc.queryForList("select kind from service_event where service_id = ? order by id",
				String.class, service.id()))
			.contains("NUMBER_KEPT", "NUMBER_QUARANTINED");
		this.mvc.perform(get("/services/{id}/history", service.id()).with(alpha()))
			.andExpect(content().string(containsString("mis en quarantaine")));

		// a quarantined number cannot be given; the kept one can, to another licence
		long other = service.licenceIds().get(2);
		this.mvc
			.perform(licenceForm(service, other, 0).param("lastName", "Nouveau")
				.param("numberId", String.valueOf(numbers.get(1)))
				.with(alpha()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("est en quarantaine jusqu")));
		assertThat(this.services.numberState(numbers.get(1))).isEqualTo("QUARANTINED");
		assertThat(this.services.numberOf(other)).isNull();
		this.mvc
			.perform(licenceForm(service, other, 0).param("lastName", "Nouveau")
				.param("numberId", String.valueOf(numbers.get(0)))
				.with(alpha()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.services.numberOf(other)).isEqualTo(numbers.get(0));
	}

	@Test
	void theDatabaseItselfRefusesAQuarantinedNumberOnALicenceAndANumberOnTwoLicences() {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Contrainte", 2, 0);
		List<Long> numbers = this.services.freeNumbers(service.clientId());
		this.jdbc.update(
				"update phone_number set state = 'QUARANTINED', quarantine_until = current_date + 10" + " where id = ?",
				numbers.get(0));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update("update phone_number set licence_id = ? where id = ?",
					service.licenceIds().get(0), numbers.get(0)))
			.isInstanceOf(DataIntegrityViolationException.class);
		this.services.give(service.licenceIds().get(0), "Un", numbers.get(1));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.update(
				"update phone_number set state = 'ASSIGNED', licence_id = ?, quarantine_until = null where id = ?",
				service.licenceIds().get(0), numbers.get(0)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void dissociatingTwiceDissociatesOnceAndTellsTheSecondTime() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Deux Fois", 1, 0);
		long licence = service.licenceIds().get(0);
		long number = this.services.freeNumbers(service.clientId()).get(0);
		this.services.give(licence, "Deux", number);
		MockHttpServletRequestBuilder dissociate = post("/services/{id}/dissociation", service.id())
			.param("keep[" + licence + "]", "false")
			.with(csrf());
		this.mvc.perform(dissociate.with(alpha())).andExpect(redirectedUrl("/services/" + service.id() + "/numbers"));
		LocalDate until = this.jdbc.queryForObject("select quarantine_until from phone_number where id = ?",
				LocalDate.class, number);
		this.mvc.perform(dissociate.with(alpha()))
			.andExpect(redirectedUrl("/services/" + service.id()))
			.andExpect(flash().attribute("errorKey", "telephony.error.nothingToDissociate"));
		assertThat(this.services.numberState(number)).isEqualTo("QUARANTINED");
		assertThat(this.jdbc.queryForObject("select quarantine_until from phone_number where id = ?", LocalDate.class,
				number))
			.isEqualTo(until);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from service_event where service_id = ? and kind = 'NUMBER_QUARANTINED'",
				Integer.class, service.id()))
			.isOne();
	}

	@Test
	void twoUsersDissociatingTheSameLicenceAtOnceDissociateItOnceAndTheSecondIsTold() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Simultanée", 1, 0);
		long licence = service.licenceIds().get(0);
		long number = this.services.freeNumbers(service.clientId()).get(0);
		this.services.give(licence, "Simultané", number);
		var user = this.users.loadUserByUsername(DemoUsers.RESELLER_ALPHA);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (boolean keep : new boolean[] { true, false }) {
				answers.add(pool.submit(() -> {
					SecurityContextHolder.getContext()
						.setAuthentication(
								UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
					Map<Long, Boolean> choice = new LinkedHashMap<>();
					choice.put(licence, keep);
					start.await();
					try {
						this.dissociation.dissociate(service.id(), choice);
						return keep ? "kept" : "quarantined";
					}
					catch (BusinessRuleException refused) {
						return refused.getMessageKey();
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> answer : answers) {
				results.add(answer.get());
			}
			assertThat(results).containsOnlyOnce("telephony.error.nothingToDissociate");
			String done = results.stream().filter((r) -> !r.startsWith("telephony")).findFirst().orElseThrow();
			assertThat(this.services.numberState(number)).isEqualTo(done.equals("kept") ? "FREE" : "QUARANTINED");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from service_event where service_id = ? and kind in ('NUMBER_KEPT', 'NUMBER_QUARANTINED')",
					Integer.class, service.id()))
				.isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLicenceOfAnotherServiceOrAnotherResellerInTheRequestRefusesTheWholeRequest() throws Exception {
		TestService own = this.services.delivered("Alpha Télécom", "Téléphonie Mienne", 1, 0);
		TestService second = this.services.delivered("Alpha Télécom", "Téléphonie Seconde", 1, 0);
		TestService beta = this.services.delivered("Beta Réseaux", "Téléphonie Autre", 1, 0);
		long mine = own.licenceIds().get(0);
		long number = this.services.freeNumbers(own.clientId()).get(0);
		this.services.give(mine, "Mien", number);
		for (long foreign : List.of(second.licenceIds().get(0), beta.licenceIds().get(0))) {
			this.mvc
				.perform(post("/services/{id}/dissociation", own.id()).param("keep[" + mine + "]", "false")
					.param("keep[" + foreign + "]", "true")
					.with(alpha())
					.with(csrf()))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(get("/services/{id}/dissociation", own.id()).param("licenceIds", String.valueOf(foreign))
					.with(alpha()))
				.andExpect(status().isNotFound());
		}
		assertThat(this.services.numberState(number)).isEqualTo("ASSIGNED");
		assertThat(this.services.numberOf(mine)).isEqualTo(number);
		// Beta dissociating on Alpha's service: 404, nothing done
		this.mvc
			.perform(post("/services/{id}/dissociation", own.id()).param("keep[" + mine + "]", "true")
				.with(beta())
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.services.numberState(number)).isEqualTo("ASSIGNED");
		// another client's number given to one's own licence: 404
		long betaNumber = this.services.freeNumbers(beta.clientId()).get(0);
		this.mvc
			.perform(licenceForm(second, second.licenceIds().get(0), 0).param("lastName", "Volé")
				.param("numberId", String.valueOf(betaNumber))
				.with(alpha()))
			.andExpect(status().isNotFound());
		assertThat(this.services.numberState(betaNumber)).isEqualTo("FREE");
	}

	@Test
	void theOrderDeskReadsTheServicesButConfiguresNothing() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Lecture", 1, 0);
		RequestPostProcessor adv = this.logins.as(DemoUsers.ADV);
		this.mvc.perform(get("/services/{id}", service.id()).with(adv))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"dissociate\""))));
		this.mvc.perform(licenceForm(service, service.licenceIds().get(0), 0).param("lastName", "Desk").with(adv))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select user_last_name from licence where id = ?", String.class,
				service.licenceIds().get(0)))
			.isNull();
		// the operator's staff configure every reseller's
		this.mvc
			.perform(licenceForm(service, service.licenceIds().get(0), 0).param("lastName", "Opérateur")
				.with(this.logins.as(DemoUsers.OPERATOR)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void quarantinesEndOnTheirDateOnceWhateverTheInstancesRunningTheJob() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Quarantaine", 1, 0);
		long number = this.services.freeNumbers(service.clientId()).get(0);
		this.jdbc.update(
				"update phone_number set state = 'QUARANTINED', quarantine_until = current_date + 1" + " where id = ?",
				number);
		this.quarantines.releaseDue();
		assertThat(this.services.numberState(number)).isEqualTo("QUARANTINED");
		this.jdbc.update("update phone_number set quarantine_until = current_date where id = ?", number);
		// every number due today, this one among them: each is freed exactly once
		List<Long> due = this.jdbc.queryForList(
				"select id from phone_number where state = 'QUARANTINED' and quarantine_until <= ?", Long.class,
				fr.openip.myopenip.shared.PortalClock.today());
		assertThat(due).contains(number);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Integer>> rounds = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				rounds.add(pool.submit(() -> {
					start.await();
					return this.quarantines.releaseDue();
				}));
			}
			int released = 0;
			for (Future<Integer> round : rounds) {
				released += round.get();
			}
			assertThat(this.services.numberState(number)).isEqualTo("FREE");
			assertThat(this.jdbc.queryForObject("select quarantine_until from phone_number where id = ?",
					LocalDate.class, number))
				.isNull();
			assertThat(released).as("the two rounds together").isEqualTo(due.size());
			assertThat(this.jdbc.queryForObject(
					"select count(*) from phone_number where id in (:ids)".replace(":ids",
							String.join(",", due.stream().map(String::valueOf).toList())) + " and state = 'FREE'",
					Integer.class))
				.isEqualTo(due.size());
			assertThat(this.quarantines.releaseDue()).isZero();
			// the scheduler's own round, as the scheduler calls it
			this.jdbc.update(
					"update phone_number set state = 'QUARANTINED', quarantine_until = current_date" + " where id = ?",
					number);
			this.quarantines.scheduledRound();
			assertThat(this.services.numberState(number)).isEqualTo("FREE");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void groupsHoldUsersOfTheirServiceOnly() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Groupes", 2, 0);
		TestService other = this.services.delivered("Alpha Télécom", "Téléphonie Groupes Bis", 1, 0);
		List<Long> numbers = this.services.freeNumbers(service.clientId());
		this.services.give(service.licenceIds().get(0), "Membre", numbers.get(0));
		this.services.give(other.licenceIds().get(0), "Ailleurs", this.services.freeNumbers(other.clientId()).get(0));
		this.mvc
			.perform(post("/services/{id}/groups", service.id()).param("name", "Standard")
				.param("strategy", "SEQUENTIAL")
				.param("memberIds", String.valueOf(service.licenceIds().get(0)))
				.with(alpha())
				.with(csrf()))
			.andExpect(redirectedUrl("/services/" + service.id() + "/groups"));
		this.mvc.perform(get("/services/{id}/groups", service.id()).with(alpha()))
			.andExpect(content().string(containsString("Standard")))
			.andExpect(content().string(containsString("Test Membre")));
		// a member of another service: 404, nothing written
		this.mvc
			.perform(post("/services/{id}/groups", service.id()).param("name", "Mélange")
				.param("strategy", "SEQUENTIAL")
				.param("memberIds", String.valueOf(other.licenceIds().get(0)))
				.with(alpha())
				.with(csrf()))
			.andExpect(status().isNotFound());
		// a licence without user, a name taken
		this.mvc
			.perform(post("/services/{id}/groups", service.id()).param("name", "Sans utilisateur")
				.param("strategy", "SEQUENTIAL")
				.param("memberIds", String.valueOf(service.licenceIds().get(1)))
				.with(alpha())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/services/{id}/groups", service.id()).param("name", "standard")
				.param("strategy", "CIRCULAR")
				.with(alpha())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("s&#39;appelle déjà")));
		assertThat(
				this.jdbc.queryForList("select name from hunt_group where service_id = ?", String.class, service.id()))
			.containsExactly("Standard");
	}

	@Test
	void aServicesUsersTabReadsABoundedNumberOfStatements() throws Exception {
		TestService service = this.services.delivered("Alpha Télécom", "Téléphonie Cinquante", 50, 0);
		RequestPostProcessor alpha = alpha();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			for (String tab : List.of("?size=100", "/groups", "/numbers", "/history")) {
				statistics.clear();
				this.mvc.perform(get("/services/" + service.id() + tab).with(alpha)).andExpect(status().isOk());
				assertThat(statistics.getPrepareStatementCount()).as("service page " + tab).isBetween(1L, 8L);
			}
			statistics.clear();
			this.mvc.perform(get("/services").with(alpha)).andExpect(status().isOk());
			assertThat(statistics.getPrepareStatementCount()).as("services").isBetween(1L, 8L);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private MockHttpServletRequestBuilder licenceForm(TestService service, long licence, long version) {
		long current = this.jdbc.queryForObject("select version from licence where id = ?", Long.class, licence);
		return post("/services/{id}/licences/{licence}", service.id(), licence)
			.param("version", String.valueOf(version == 0 ? current : version))
			.param("outgoingRestriction", "NONE")
			.param("beyondPlanRestricted", "false")
			.param("supervisor", "false")
			.with(csrf());
	}

}
