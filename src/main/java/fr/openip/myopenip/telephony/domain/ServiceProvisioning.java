package fr.openip.myopenip.telephony.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.catalogue.TelephonyUse;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientView;
import fr.openip.myopenip.company.Companies.SiteView;
import fr.openip.myopenip.paperwork.LicenceSetup;
import fr.openip.myopenip.paperwork.SalesForms;
import fr.openip.myopenip.order.OrderDelivered;
import fr.openip.myopenip.order.OrderType;
import fr.openip.myopenip.shared.Actors;
import fr.openip.myopenip.telephony.domain.ServiceEvent.Kind;

/**
 * What a delivered order gives the hosted telephony, in the order desk's transaction: the
 * OC's licences make (or grow) its service, each licence free for a user; its number
 * products and portings bring numbers to the client's pool ("0" and the site's zone for
 * openIP's numbers, the ported number itself for a porting). A terminated OC ends its
 * service; the units an amendment took away take their licences with them, their numbers
 * kept or quarantined as its quote said.
 */
@Component
class ServiceProvisioning {

	private static final Logger log = LoggerFactory.getLogger(ServiceProvisioning.class);

	private final TelephonyServiceRepository services;

	private final LicenceRepository licences;

	private final PhoneNumberRepository numbers;

	private final ServiceEventRepository events;

	private final Catalogue catalogue;

	private final Companies companies;

	private final EntityManager entityManager;

	private final NumberDissociation dissociation;

	private final HuntGroupRepository groups;

	private final SalesForms forms;

	ServiceProvisioning(TelephonyServiceRepository services, LicenceRepository licences, PhoneNumberRepository numbers,
			ServiceEventRepository events, Catalogue catalogue, Companies companies, EntityManager entityManager,
			NumberDissociation dissociation, HuntGroupRepository groups, SalesForms forms) {
		this.groups = groups;
		this.forms = forms;
		this.dissociation = dissociation;
		this.services = services;
		this.licences = licences;
		this.numbers = numbers;
		this.events = events;
		this.catalogue = catalogue;
		this.companies = companies;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(OrderDelivered delivered) {
		if (delivered.type() == OrderType.TERMINATION) {
			this.services.findByContractedOfferId(delivered.contractedOfferId()).ifPresent((service) -> {
				service.terminate();
				this.events.save(new ServiceEvent(service, null, Kind.TERMINATED, delivered.contractedOfferNumber(),
						Actors.current()));
			});
			return;
		}
		Map<Long, TelephonyUse> uses = this.catalogue
			.telephonyUses(delivered.sheets().stream().map(OrderDelivered.Sheet::productId).distinct().toList());
		List<OrderDelivered.Sheet> licenceSheets = new ArrayList<>();
		int zone = 0;
		SiteView site = this.companies.site(delivered.clientId(), delivered.installationSiteId()).orElse(null);
		if (site != null && site.address() != null) {
			zone = FrenchNumbers.zoneOfPostalCode(site.address().postalCode());
		}
		List<OrderDelivered.Sheet> added = delivered.sheets().stream().filter((sheet) -> !sheet.removed()).toList();
		removeLicences(delivered);
		for (OrderDelivered.Sheet sheet : added) {
			TelephonyUse use = uses.get(sheet.productId());
			if (use == TelephonyUse.LICENCE || use == TelephonyUse.LICENCE_WITH_NUMBER) {
				licenceSheets.add(sheet);
			}
			for (int i = 0; use != null && i < use.numbers(); i++) {
				pool(delivered, allocate(zone), sheet.number());
			}
			String ported = FrenchNumbers.normalize(sheet.portingNumber());
			if (ported != null && !this.numbers.existsByNumber(ported)) {
				pool(delivered, ported, sheet.number());
			}
		}
		if (!licenceSheets.isEmpty()) {
			TelephonyService service = this.services.findByContractedOfferId(delivered.contractedOfferId())
				.orElseGet(() -> newService(delivered, site));
			Map<Long, Licence> made = new java.util.TreeMap<>();
			for (OrderDelivered.Sheet sheet : licenceSheets) {
				Licence licence = this.licences.save(new Licence(service, sheet.contractedSheetId(), sheet.number(),
						sheet.productName(), accountCode()));
				made.put(sheet.contractedSheetId(), licence);
			}
			configure(delivered, service, licenceSheets, made);
			log.info("Service {}: {} licence(s) from {}", service.getNumber(), licenceSheets.size(),
					delivered.contractedOfferNumber());
		}
	}

	/**
	 * The licences come configured as the sale's setup sheets say ("Fiche de paramétrage
	 * MetaCentrex"): the n-th licence of a product (in the order of its sheets) takes the
	 * sheet of unit n — its user, e-mail, extension (unless the service has it already),
	 * voicemail, the number (if the client's pool has it free) and its hunt groups (made
	 * when the service has none of that name).
	 */
	private void configure(OrderDelivered delivered, TelephonyService service, List<OrderDelivered.Sheet> sheets,
			Map<Long, Licence> made) {
		if (delivered.quoteId() == null) {
			return;
		}
		Map<String, LicenceSetup> setups = new java.util.HashMap<>();
		this.forms.licenceSetups(delivered.quoteId())
			.forEach((sheet) -> setups.put(sheet.productId() + "/" + sheet.unit(), sheet.setup()));
		if (setups.isEmpty()) {
			return;
		}
		Map<Long, Integer> units = new java.util.HashMap<>();
		sheets.stream()
			.sorted(java.util.Comparator.comparingLong(OrderDelivered.Sheet::contractedSheetId))
			.forEach((sheet) -> {
				int unit = units.merge(sheet.productId(), 1, Integer::sum);
				LicenceSetup setup = setups.get(sheet.productId() + "/" + unit);
				if (setup != null) {
					apply(service, made.get(sheet.contractedSheetId()), setup);
				}
			});
	}

	private void apply(TelephonyService service, Licence licence, LicenceSetup setup) {
		String extension = (setup.extension() != null
				&& !this.licences.existsByServiceIdAndExtension(service.getId(), setup.extension())) ? setup.extension()
						: null;
		licence.configure(new UserSettings(setup.lastName(), setup.firstName(), null, null, OutgoingRestriction.NONE,
				false, false, setup.email(), extension, setup.voicemailToEmail()));
		this.licences.saveAndFlush(licence);
		String actor = Actors.current();
		this.events.save(new ServiceEvent(service, licence.getId(), Kind.USER_SET,
				licence.getSheetNumber() + " : " + licence.getUserName(), actor));
		if (setup.number() != null) {
			this.numbers.findByNumberAndClientId(setup.number(), service.getClientId())
				.filter((number) -> number.getState() == NumberState.FREE)
				.ifPresent((number) -> {
					number.assignTo(licence);
					this.events.save(new ServiceEvent(service, licence.getId(), Kind.NUMBER_ASSIGNED,
							licence.getSheetNumber() + " : " + FrenchNumbers.display(number.getNumber()), actor));
				});
		}
		List<HuntGroup> groups = this.groups.findByServiceIdOrderByNameAscIdAsc(service.getId());
		for (String name : setup.groups()) {
			HuntGroup group = groups.stream()
				.filter((candidate) -> candidate.getName().equalsIgnoreCase(name))
				.findFirst()
				.orElse(null);
			if (group == null) {
				group = new HuntGroup(service);
				group.change(name, HuntStrategy.SIMULTANEOUS, List.of(licence.getId()));
				this.groups.save(group);
				this.events.save(new ServiceEvent(service, null, Kind.GROUP_CREATED, name, actor));
			}
			else {
				List<Long> members = new ArrayList<>(group.getMemberIds());
				members.add(licence.getId());
				group.change(group.getName(), group.getStrategy(), members);
				this.events.save(new ServiceEvent(service, null, Kind.GROUP_CHANGED, group.getName(), actor));
			}
		}
	}

	/** The licences whose sheets an amendment took away go, their numbers as it said. */
	private void removeLicences(OrderDelivered delivered) {
		Map<Long, Boolean> keep = new java.util.HashMap<>();
		delivered.sheets().stream().filter(OrderDelivered.Sheet::removed).forEach((sheet) -> {
			keep.put(sheet.contractedSheetId(), sheet.keepNumber());
		});
		if (keep.isEmpty()) {
			return;
		}
		this.services.findByContractedOfferId(delivered.contractedOfferId()).ifPresent((service) -> {
			List<Licence> removed = this.licences.findByServiceIdAndContractedSheetIdIn(service.getId(), keep.keySet());
			Map<Long, Boolean> byLicence = new java.util.HashMap<>();
			removed.forEach((licence) -> byLicence.put(licence.getId(), keep.get(licence.getContractedSheetId())));
			this.dissociation.remove(service, removed, byLicence);
		});
	}

	private TelephonyService newService(OrderDelivered delivered, SiteView site) {
		ClientView client = this.companies.client(delivered.clientId()).orElse(null);
		String siteName = site == null ? "" : site.name();
		TelephonyService service = this.services.save(new TelephonyService(delivered.ownerId(),
				delivered.offerName() + " - " + siteName, delivered.contractedOfferId(),
				delivered.contractedOfferNumber(), delivered.clientId(), delivered.clientName(),
				client == null ? null : client.accountNumber(), delivered.installationSiteId(), siteName,
				site == null || site.address() == null ? null : site.address().postalCode()));
		this.entityManager.flush();
		this.entityManager.refresh(service);
		this.events.save(
				new ServiceEvent(service, null, Kind.PROVISIONED, delivered.contractedOfferNumber(), Actors.current()));
		return service;
	}

	private void pool(OrderDelivered delivered, String number, String origin) {
		this.numbers.save(new PhoneNumber(delivered.ownerId(), delivered.clientId(), number, origin));
	}

	/**
	 * A new number of openIP's: "0", the site's zone (9, a number of no zone, when the
	 * site's is not known), then eight digits.
	 */
	private String allocate(int zone) {
		long next = ((Number) this.entityManager.createNativeQuery("select nextval('phone_number_allocation_seq')")
			.getSingleResult()).longValue();
		return "0" + (zone == 0 ? 9 : zone) + String.format("%08d", next % 100_000_000L);
	}

	private String accountCode() {
		long next = ((Number) this.entityManager.createNativeQuery("select nextval('licence_account_code_seq')")
			.getSingleResult()).longValue();
		return "AC" + next;
	}

}
