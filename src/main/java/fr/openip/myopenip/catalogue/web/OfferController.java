package fr.openip.myopenip.catalogue.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openip.myopenip.catalogue.CataloguePermissions;
import fr.openip.myopenip.catalogue.domain.CatalogueManagement;
import fr.openip.myopenip.catalogue.domain.Offer;
import fr.openip.myopenip.catalogue.domain.OfferList;
import fr.openip.myopenip.catalogue.domain.OfferList.OfferQuery;
import fr.openip.myopenip.catalogue.domain.OfferRow;
import fr.openip.myopenip.catalogue.domain.Product;
import fr.openip.myopenip.shared.NotFoundException;
import fr.openip.myopenip.shared.web.CsvExport;
import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;

/**
 * "Catalogue → Offres": every user reads the offers on sale and their products' prices;
 * the operator's staff also see the retired ones. Changing the catalogue:
 * {@link OfferManagementController}, {@link ProductController}.
 */
@Controller
@RequestMapping("/catalogue/offers")
class OfferController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_LIMIT = 10_000;

	private final OfferList offers;

	private final CatalogueManagement management;

	private final CataloguePermissions permissions;

	private final MessageSource messages;

	OfferController(OfferList offers, CatalogueManagement management, CataloguePermissions permissions,
			MessageSource messages) {
		this.offers = offers;
		this.management = management;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String name, @RequestParam(required = false) String reference,
			@RequestParam(required = false) Boolean retired, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Authentication user, Model model) {
		OfferQuery query = query(name, reference, retired, user);
		Sorting sorting = Sorting.of(request, OfferList.SORT_KEYS, "name");
		Page<OfferRow> results = this.offers.page(query, sorting.key(), sorting.ascending(), Math.max(page, 0),
				PAGE_SIZE);
		model.addAttribute("offers", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("sorting", sorting);
		model.addAttribute("query", query);
		return "catalogue/offers";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String name,
			@RequestParam(required = false) String reference, @RequestParam(required = false) Boolean retired,
			HttpServletRequest request, Authentication user, Locale locale) {
		Sorting sorting = Sorting.of(request, OfferList.SORT_KEYS, "name");
		List<OfferRow> rows = this.offers.all(query(name, reference, retired, user), sorting.key(), sorting.ascending(),
				EXPORT_LIMIT);
		List<String> headers = List
			.of("catalogue.offer.reference", "catalogue.offer.name", "catalogue.offer.commitment",
					"catalogue.offer.tacitRenewal", "catalogue.offer.upgradeAllowed", "catalogue.offer.products",
					"catalogue.offer.status")
			.stream()
			.map((key) -> message(key, locale))
			.toList();
		return CsvExport.of("offres.csv", headers, rows,
				(offer) -> List.of(offer.reference(), offer.name(), commitment(offer.commitmentMonths(), locale),
						message(offer.tacitRenewal() ? "yes" : "no", locale),
						message(offer.upgradeAllowed() ? "yes" : "no", locale), offer.products(),
						message(offer.retired() ? "catalogue.status.retired" : "catalogue.status.onSale", locale)));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Authentication user, Model model) {
		Offer offer = readable(id, user);
		boolean manager = this.permissions.canManage(user);
		Map<String, List<Product>> sections = new TreeMap<>();
		for (Product product : this.management.products(id)) {
			if (manager || !product.isRetired()) {
				sections.computeIfAbsent(product.getSection(), (section) -> new java.util.ArrayList<>()).add(product);
			}
		}
		model.addAttribute("offer", offer);
		model.addAttribute("sections", sections);
		return "catalogue/offer";
	}

	/** A retired offer is not found but by the staff. */
	private Offer readable(long id, Authentication user) {
		Offer offer = this.management.offer(id);
		if (offer.isRetired() && !this.permissions.canManage(user)) {
			throw new NotFoundException("Offer", id);
		}
		return offer;
	}

	/** Those who may not manage the catalogue see only what is on sale. */
	private OfferQuery query(String name, String reference, Boolean retired, Authentication user) {
		return new OfferQuery(name, reference, this.permissions.canManage(user) ? retired : Boolean.FALSE);
	}

	private String commitment(int months, Locale locale) {
		return months == 0 ? message("catalogue.commitment.none", locale)
				: this.messages.getMessage("catalogue.months", new Object[] { months }, locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
