package fr.openip.myopenip.telephony.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.openip.myopenip.shared.web.Pager;
import fr.openip.myopenip.shared.web.Sorting;
import fr.openip.myopenip.telephony.domain.LicenceList;
import fr.openip.myopenip.telephony.domain.LicenceList.LicenceQuery;
import fr.openip.myopenip.telephony.domain.LicenceRow;
import fr.openip.myopenip.telephony.domain.LicenceState;
import fr.openip.myopenip.telephony.domain.OutgoingRestriction;
import fr.openip.myopenip.telephony.domain.PhoneNumber;
import fr.openip.myopenip.telephony.domain.Services;
import fr.openip.myopenip.telephony.domain.TelephonyService;

/**
 * A service's tabs: Utilisateurs (its licences, filtered as the guide shows, 25, 100 or
 * 500 a page), Groupements, Numéros (the client's pool) and Historique.
 */
@Controller
@RequestMapping("/services")
class ServiceTabsController {

	private static final int PAGE_SIZE = 25;

	/** "Utilisateurs" a page: 500 to select them all at once. */
	private static final Set<Integer> LICENCE_PAGE_SIZES = Set.of(25, 100, 500);

	private final LicenceList licences;

	private final Services services;

	ServiceTabsController(LicenceList licences, Services services) {
		this.licences = licences;
		this.services = services;
	}

	/** "Utilisateurs": the service's licences. */
	@GetMapping("/{id}")
	String users(@PathVariable long id, @ModelAttribute("query") LicenceQuery query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
			HttpServletRequest request, Model model) {
		TelephonyService service = this.services.get(id);
		Sorting sorting = ServiceController.sorting(request, LicenceList.SORT_KEYS, "sheet");
		int pageSize = LICENCE_PAGE_SIZES.contains(size) ? size : PAGE_SIZE;
		Page<LicenceRow> results = this.licences.page(id, query, sorting.key(), sorting.ascending(), Math.max(page, 0),
				pageSize);
		model.addAttribute("licences", results);
		model.addAttribute("pager", Pager.of(results, request));
		model.addAttribute("sorting", sorting);
		model.addAttribute("size", pageSize);
		Map<Integer, String> sizes = new LinkedHashMap<>();
		LICENCE_PAGE_SIZES.stream()
			.sorted()
			.forEach((choice) -> sizes.put(choice,
					Pager.sameQuery(request)
						.replaceQueryParam("size", choice)
						.replaceQueryParam("page")
						.build()
						.encode()
						.toUriString()));
		model.addAttribute("sizes", sizes);
		model.addAttribute("licenceStates", Arrays.asList(LicenceState.values()));
		model.addAttribute("restrictions", Arrays.asList(OutgoingRestriction.values()));
		return tab(model, service, "users");
	}

	@GetMapping("/{id}/groups")
	String groups(@PathVariable long id, Model model) {
		TelephonyService service = this.services.get(id);
		model.addAttribute("groups", this.services.groups(id));
		model.addAttribute("members", ServicePage.names(this.services.users(id)));
		return tab(model, service, "groups");
	}

	/** "Numéros": the client's pool, with the numbers in quarantine. */
	@GetMapping("/{id}/numbers")
	String numbers(@PathVariable long id, Model model) {
		TelephonyService service = this.services.get(id);
		List<PhoneNumber> pool = this.services.pool(service);
		model.addAttribute("numbers", pool);
		model.addAttribute("licenceOf", this.services
			.sheetNumbers(pool.stream().map(PhoneNumber::getLicenceId).filter(java.util.Objects::nonNull).toList()));
		return tab(model, service, "numbers");
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		TelephonyService service = this.services.get(id);
		model.addAttribute("events", this.services.history(id));
		return tab(model, service, "history");
	}

	private String tab(Model model, TelephonyService service, String tab) {
		model.addAttribute("service", service);
		model.addAttribute("tab", tab);
		model.addAttribute("licenceCount", this.services.licenceCount(service.getId()));
		return "telephony/service";
	}

}
