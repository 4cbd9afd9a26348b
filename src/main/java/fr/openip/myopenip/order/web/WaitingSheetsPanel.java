package fr.openip.myopenip.order.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.order.OrderPermissions;
import fr.openip.myopenip.order.domain.ContractedOffers;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.HomePanel;

/**
 * On a reseller's home page, "Commandes en attente de votre retour": its orders whose
 * sheets wait for its answer ("En attente d'informations client", "RDV en échec").
 */
@Component
class WaitingSheetsPanel implements HomePanel {

	private static final int SHEETS_READ = 50;

	private final ContractedOffers offers;

	private final OrderPermissions permissions;

	WaitingSheetsPanel(ContractedOffers offers, OrderPermissions permissions) {
		this.offers = offers;
		this.permissions = permissions;
	}

	@Override
	public Optional<Panel> panelFor(Authentication user) {
		long tenant = TenantFilter.currentTenant();
		if (!this.permissions.answersTheDesk(user) || tenant == TenantFilter.ALL) {
			return Optional.empty();
		}
		List<Line> lines = this.offers.waitingFor(tenant, SHEETS_READ)
			.stream()
			.map((waiting) -> new Line("home.waiting.text",
					new Object[] { waiting.orderNumber() + " · " + waiting.clientName(),
							String.join(", ", waiting.sheetNumbers()) },
					"/orders/" + waiting.orderId()))
			.toList();
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(new Panel("waiting-sheets", "home.waiting.title", lines));
	}

}
