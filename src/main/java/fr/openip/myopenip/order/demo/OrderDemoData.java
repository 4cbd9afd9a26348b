package fr.openip.myopenip.order.demo;

import fr.openip.myopenip.shared.DemoLoading;
import java.time.LocalDate;
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

import fr.openip.myopenip.order.SheetState;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.Conversation;
import fr.openip.myopenip.order.domain.Conversations;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.domain.OrderDesk;
import fr.openip.myopenip.order.domain.OrderDesk.SheetMove;
import fr.openip.myopenip.order.domain.OrderedSheet;
import fr.openip.myopenip.order.domain.Termination;
import fr.openip.myopenip.order.domain.TerminationWithdrawal;
import fr.openip.myopenip.paperwork.TerminationLetters;
import fr.openip.myopenip.paperwork.TerminationLetters.LetterView;
import fr.openip.myopenip.paperwork.TerminationLetters.Sent;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.RunAs;

/**
 * Works the demo orders on the first start of an empty database (profile {@code demo}),
 * after the demo quotes placed them, as the demo order desk user {@code adv} would: each
 * demo reseller then has orders and OCs in every state, the guide's OC150943 "Création et
 * portabilités de numéros", OC138637 "Com'Unifiées MetaCentrex" and OC94529 "Numéro -
 * Géographique" among them, terminations asked and done (their letters refused, signed or
 * waiting for the client), conversations open and closed, and {@code adv} has a queue.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("myopenip.demo.enabled")
class OrderDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrderDemoData.class);

	private static final long LOCK_KEY = 7_041_994L;

	private static final String PILOT = "adv";

	private static final String DEMO_AGENT = "Mozilla/5.0 (X11; Linux x86_64) démo";

	private final EntityManager entityManager;

	private final OrderDesk desk;

	private final ContractedOffers offers;

	private final Termination termination;

	private final TerminationWithdrawal withdrawal;

	private final TerminationLetters letters;

	private final Conversations conversations;

	private final UserDetailsService users;

	OrderDemoData(EntityManager entityManager, OrderDesk desk, ContractedOffers offers, Termination termination,
			TerminationWithdrawal withdrawal, TerminationLetters letters, Conversations conversations,
			UserDetailsService users) {
		this.withdrawal = withdrawal;
		this.letters = letters;
		this.conversations = conversations;
		this.users = users;
		this.entityManager = entityManager;
		this.desk = desk;
		this.offers = offers;
		this.termination = termination;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!DemoLoading.firstToLoad(this.entityManager, LOCK_KEY,
				"select count(o) from CustomerOrder o where o.advPilot is not null")) {
			return;
		}
		log.info("Working the demo orders as the order desk");
		RunAs.user(this.users, PILOT, () -> {
			work();
			return null;
		});
	}

	private void work() {
		LocalDate soon = PortalClock.today().plusDays(10);
		// Alpha Télécom
		order("Cabinet Lefèvre Avocats", "Portabilité de numéros").ifPresent((order) -> {
			guideNumbers(order, "OC150943", "COM155756");
			this.desk.take(order.getId());
			move(order, 0, SheetState.IN_PROGRESS, soon, null);
			move(order, 0, SheetState.PORTING_DATE_CONFIRMED, soon, "Portabilité confirmée par l'opérateur donneur.");
			move(order, 1, SheetState.IN_PROGRESS, null, null);
			move(order, 1, SheetState.WAITING_FOR_CLIENT, null, "Merci de nous transmettre le RIO du numéro à porter.");
			this.entityManager.flush();
			Conversation conversation = this.conversations.start(order.getId(),
					"Commande en attente information client",
					"Bonjour, il nous manque le RIO du second numéro à porter. Pouvez-vous nous le transmettre ?");
			as("revendeur1", () -> this.conversations.reply(conversation.getId(),
					"Bonjour, je le demande au client et reviens vers vous rapidement."));
		});
		order("Cabinet Lefèvre Avocats", "Com'Unifiées MetaCentrex").ifPresent((order) -> {
			guideNumbers(order, "OC138637", "COM138640");
			deliver(order);
		});
		order("Boulangerie Dupain", "Numéro - Géographique").ifPresent((order) -> {
			guideNumbers(order, "OC94529", "COM94530");
			deliver(order);
		});
		order("Boulangerie Dupain", "SIP Trunk Touch", 1).ifPresent((order) -> {
			this.desk.take(order.getId());
			move(order, -1, SheetState.CANCELLED, null, "Annulée à la demande du client.");
		});
		order("Cabinet Lefèvre Avocats", "Numéro - Géographique").ifPresent((order) -> {
			this.desk.take(order.getId());
			move(order, -1, SheetState.IN_PROGRESS, soon, null);
			move(order, -1, SheetState.APPOINTMENT_PLANNED, soon, null);
			move(order, -1, SheetState.APPOINTMENT_FAILED, null,
					"Personne sur site au rendez-vous : proposez une date.");
		});
		order("Boulangerie Dupain", "Portabilité de numéros").ifPresent((order) -> {
			deliver(order);
			refusedThenAskedAgain(order.getContractedOfferId());
			CustomerOrder termination = this.termination.request(order.getContractedOfferId(),
					this.offers.get(order.getContractedOfferId()).getVersion(), null);
			this.entityManager.flush();
			sendLetter(order.getContractedOfferId(), "Jean Dupain");
			this.desk.take(termination.getId());
			move(termination, -1, SheetState.TERMINATING, null, "Résiliation transmise à l'opérateur.");
			move(termination, -1, SheetState.TERMINATED, null, null);
		});
		// Beta Réseaux
		order("Imprimerie Rapide", "Com'Unifiées MetaCentrex").ifPresent(this::deliver);
		order("Transports Morel", "SIP Trunk Touch").ifPresent((order) -> {
			this.desk.take(order.getId());
			move(order, -1, SheetState.IN_PROGRESS, soon, null);
			move(order, -1, SheetState.APPOINTMENT_PLANNED, soon, "Rendez-vous technicien pris.");
		});
		order("Imprimerie Rapide", "Numéro - Géographique").ifPresent((order) -> {
			this.desk.take(order.getId());
			move(order, -1, SheetState.IN_PROGRESS, null, null);
			move(order, 0, SheetState.DELIVERY_IMPOSSIBLE, null, "Numéro indisponible dans cette zone.");
			move(order, 1, SheetState.DELIVERED, null, null);
			this.entityManager.flush();
			refusedThenAskedAgain(order.getContractedOfferId());
			this.termination.request(order.getContractedOfferId(),
					this.offers.get(order.getContractedOfferId()).getVersion(), null);
			this.entityManager.flush();
			sendLetter(order.getContractedOfferId(), null);
		});
		order("Transports Morel", "Numéro - Géographique").ifPresent((order) -> {
			this.desk.take(order.getId());
			move(order, -1, SheetState.WAITING_FOR_CLIENT, null, "Merci de préciser la zone géographique souhaitée.");
		});
		order("Imprimerie Rapide", "Com'Unifiées MetaCentrex").ifPresent((order) -> {
			Conversation conversation = as("revendeur2",
					() -> this.conversations.start(order.getId(), "Formation des utilisateurs",
							"Bonjour, une formation à l'interface MetaCentrex est-elle prévue ?"));
			this.conversations.reply(conversation.getId(),
					"Bonjour, oui : une session à distance vous sera proposée la semaine prochaine.");
			this.conversations.close(conversation.getId());
		});
	}

	/**
	 * A termination asked a month after the earliest date, its letter refused by the
	 * client, then withdrawn: the letter stays "Refusé".
	 */
	private void refusedThenAskedAgain(long offerId) {
		CustomerOrder first = this.termination.request(offerId, this.offers.get(offerId).getVersion(),
				this.termination.estimate(offerId, null).earliest().plusMonths(1));
		this.entityManager.flush();
		Sent sent = send(offerId);
		this.letters.refuse(sent.token(), "Nous gardons finalement cette offre.", "192.0.2.10", DEMO_AGENT);
		this.withdrawal.withdraw(first.getId());
		this.entityManager.flush();
	}

	/**
	 * The OC's termination letter sent to the client; signed by {@code signer} if any.
	 */
	private void sendLetter(long offerId, String signer) {
		Sent sent = send(offerId);
		if (signer != null) {
			this.letters.sign(sent.token(), signer, "192.0.2.10", DEMO_AGENT);
		}
		this.entityManager.flush();
	}

	private Sent send(long offerId) {
		LetterView letter = this.letters.latest(this.offers.get(offerId).getNumber()).orElseThrow();
		return this.letters.send(letter.id(), letter.version());
	}

	/** Runs the work as this demo user (a reseller's message is the reseller's). */
	private <T> T as(String username, java.util.function.Supplier<T> work) {
		return RunAs.user(this.users, username, work);
	}

	private void deliver(CustomerOrder order) {
		this.desk.take(order.getId());
		move(order, -1, SheetState.IN_PROGRESS, PortalClock.today(), null);
		move(order, -1, SheetState.DELIVERING, null, null);
		move(order, -1, SheetState.DELIVERED, null, null);
	}

	/** Moves sheet {@code index} of the order, or all of them ({@code -1}). */
	private void move(CustomerOrder order, int index, SheetState target, LocalDate planned, String comment) {
		List<OrderedSheet> sheets = this.offers.orderSheets(order.getId());
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (int i = 0; i < sheets.size(); i++) {
			if (index < 0 || i == index) {
				versions.put(sheets.get(i).getId(), sheets.get(i).getVersion());
			}
		}
		this.desk.move(order.getId(), new SheetMove(versions, target, planned, comment));
		this.entityManager.flush();
	}

	private java.util.Optional<CustomerOrder> order(String client, String offer) {
		return order(client, offer, 0);
	}

	/** The {@code rank}-th order (0 the first) of the client for the offer. */
	private java.util.Optional<CustomerOrder> order(String client, String offer, int rank) {
		return this.entityManager
			.createQuery("select o from CustomerOrder o where o.clientName = :client and o.offerName = :offer"
					+ " order by o.id", CustomerOrder.class)
			.setParameter("client", client)
			.setParameter("offer", offer)
			.getResultStream()
			.skip(rank)
			.findFirst();
	}

	/** The numbers the guides show, for the OC and its order. */
	private void guideNumbers(CustomerOrder order, String offerNumber, String orderNumber) {
		this.entityManager.flush();
		this.entityManager.createNativeQuery("update contracted_offer set number = :number where id = :id")
			.setParameter("number", offerNumber)
			.setParameter("id", order.getContractedOfferId())
			.executeUpdate();
		this.entityManager.createNativeQuery("update customer_order set number = :number where id = :id")
			.setParameter("number", orderNumber)
			.setParameter("id", order.getId())
			.executeUpdate();
		this.entityManager
			.createNativeQuery("update contracted_offer set order_number = :number where current_order_id = :id")
			.setParameter("number", orderNumber)
			.setParameter("id", order.getId())
			.executeUpdate();
		this.entityManager.clear();
	}

}
