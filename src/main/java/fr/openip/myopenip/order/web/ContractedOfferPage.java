package fr.openip.myopenip.order.web;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.openip.myopenip.catalogue.Catalogue;
import fr.openip.myopenip.company.Companies;
import fr.openip.myopenip.company.Companies.ClientParts;
import fr.openip.myopenip.order.OrderDocuments;
import fr.openip.myopenip.order.domain.ContractedOffer;
import fr.openip.myopenip.order.domain.ContractedOffers.OrderBlock;
import fr.openip.myopenip.order.domain.ConversationRow;
import fr.openip.myopenip.order.domain.Conversations;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.order.domain.ContractedSheet;
import fr.openip.myopenip.order.domain.Margins;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.pdf.PdfDocuments;
import fr.openip.myopenip.order.domain.OrderDelays;
import fr.openip.myopenip.order.domain.DeliveryForecast;
import fr.openip.myopenip.order.domain.CustomerOrder;
import fr.openip.myopenip.order.OrderType;

/**
 * What an OC's page shows: the top band (the OC, its client, its installation site), then
 * the one tab asked for — "Détails", "Tarifs", "Périmètre" or "Historique" — each read in
 * a few statements.
 */
@Component
class ContractedOfferPage {

	private final ContractedOffers offers;

	private final Companies companies;

	private final Catalogue catalogue;

	private final Conversations conversations;

	private final PdfDocuments pdfs;

	private final ObjectProvider<OrderDocuments> documents;

	private final Clock clock;

	private final DeliveryForecast forecasts;

	private final OrderDelays delays;

	ContractedOfferPage(ContractedOffers offers, Companies companies, Catalogue catalogue, Conversations conversations,
			PdfDocuments pdfs, ObjectProvider<OrderDocuments> documents, Clock clock, DeliveryForecast forecasts,
			OrderDelays delays) {
		this.forecasts = forecasts;
		this.delays = delays;
		this.documents = documents;
		this.conversations = conversations;
		this.offers = offers;
		this.companies = companies;
		this.catalogue = catalogue;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	/**
	 * "Obtenir le bon de livraison": the OC's delivery note, of all its sheets or of one
	 * ({@code sheetId}, which must be the OC's). No operator price is on it.
	 */
	ResponseEntity<byte[]> deliveryNote(long id, Long sheetId) {
		ContractedOffer offer = this.offers.get(id);
		List<ContractedSheet> sheets = this.offers.sheets(id);
		if (sheetId != null) {
			sheets = sheets.stream().filter((sheet) -> sheet.getId().equals(sheetId)).toList();
			if (sheets.isEmpty()) {
				throw new NotFoundException("ContractedSheet", sheetId);
			}
		}
		ClientParts parts = this.companies.parts(offer.getClientId(), offer.getInstallationSiteId(), null, List.of())
			.orElse(null);
		Map<String, Object> variables = new HashMap<>();
		variables.put("oc", offer);
		variables.put("sheets", sheets);
		variables.put("client", parts == null ? null : parts.client());
		variables.put("site", parts == null ? null : parts.site());
		variables.put("today", PortalClock.today(this.clock));
		String name = "bon-de-livraison-" + offer.getNumber() + (sheetId == null ? "" : "-" + sheets.get(0).getNumber())
				+ ".pdf";
		return PdfDocuments.response(this.pdfs.render("delivery-note", variables), name, true);
	}

	String show(Model model, long id, String tab) {
		ContractedOffer offer = this.offers.get(id);
		model.addAttribute("oc", offer);
		model.addAttribute("tab", tab);
		boolean scope = "scope".equals(tab);
		ClientParts parts = this.companies
			.parts(offer.getClientId(), offer.getInstallationSiteId(), scope ? offer.getBillingPointId() : null,
					scope ? offer.getContactIds() : List.of())
			.orElse(null);
		model.addAttribute("client", parts == null ? null : parts.client());
		model.addAttribute("site", parts == null ? null : parts.site());
		model.addAttribute("billingPoint", parts == null ? null : parts.billingPoint());
		model.addAttribute("contacts", parts == null ? List.of() : parts.contacts());
		model.addAttribute("conversationCount", this.conversations.countOfOffer(id));
		if (offer.getDeliveredOn() == null && offer.getCurrentOrderId() != null) {
			// not delivered yet: when it should be, and against its due date
			CustomerOrder current = this.offers.order(offer.getCurrentOrderId());
			model.addAttribute("forecast", this.forecasts.of(current).orElse(null));
			model.addAttribute("forecastAsked", !current.isClosed() && current.getType() != OrderType.TERMINATION);
			model.addAttribute("delay", this.delays.of(current.getDueOn(), current.isClosed()));
		}
		switch (tab) {
			case "details", "prices" -> {
				List<ContractedSheet> sheets = this.offers.sheets(id);
				model.addAttribute("sheets", sheets);
				model.addAttribute("totals", Margins.total(sheets));
				model.addAttribute("portingSheets", sheets.stream().filter(ContractedSheet::isPortability).toList());
				if (!model.containsAttribute("portingForm")) {
					model.addAttribute("portingForm", new PortingForm());
				}
				OrderDocuments documents = this.documents.getIfAvailable();
				if (documents != null && offer.getQuoteId() != null) {
					model.addAttribute("form", documents.form(offer.getQuoteId(), offer.getQuoteReference()));
				}
			}
			case "scope" -> {
				model.addAttribute("offer", this.catalogue.offer(offer.getOfferId()).orElse(null));
				List<OrderBlock> orders = this.offers.orders(id);
				model.addAttribute("orders", orders);
				model.addAttribute("attachments", attachments(orders));
			}
			case "history" -> model.addAttribute("events", this.offers.history(id));
			case "conversations" -> {
				List<ConversationRow> threads = this.conversations.ofOffer(id);
				model.addAttribute("conversations", threads);
				model.addAttribute("unread", this.conversations.unread(threads));
				model.addAttribute("orders", this.offers.orderList(id));
				if (!model.containsAttribute("conversationForm")) {
					model.addAttribute("conversationForm", new ConversationForm());
				}
			}
			default -> throw new IllegalArgumentException(tab);
		}
		return "order/offer";
	}

	/** The attachments of the quotes of the OC's orders (one statement per quote). */
	private List<OrderDocuments.Document> attachments(List<OrderBlock> orders) {
		OrderDocuments documents = this.documents.getIfAvailable();
		if (documents == null) {
			return List.of();
		}
		return orders.stream()
			.map((block) -> block.order().getQuoteId())
			.filter(Objects::nonNull)
			.distinct()
			.flatMap((quote) -> documents.attachments(quote).stream())
			.toList();
	}

	Map<Long, String> partnerNames(Collection<Long> ownerIds) {
		return this.companies.partnerNames(ownerIds.stream().filter(Objects::nonNull).distinct().toList());
	}

}
