package fr.openip.myopenip.order.web;

import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.order.OrderPermissions;
import fr.openip.myopenip.order.domain.NumberPortings;
import fr.openip.myopenip.order.domain.NumberPortings.PortingQuery;
import fr.openip.myopenip.shared.TenantFilter;
import fr.openip.myopenip.shared.web.HomePanel;

/**
 * On a reseller's home page, "Portabilités rejetées par l'ADV": each porting whose
 * rejection waits for its correction, with the reason, leading to the OC's porting form.
 */
@Component
class RejectedPortingsPanel implements HomePanel {

	private static final int SHOWN = 10;

	private final NumberPortings portings;

	private final OrderPermissions permissions;

	RejectedPortingsPanel(NumberPortings portings, OrderPermissions permissions) {
		this.portings = portings;
		this.permissions = permissions;
	}

	@Override
	public Optional<Panel> panelFor(Authentication user) {
		if (!this.permissions.answersTheDesk(user) || TenantFilter.currentTenant() == TenantFilter.ALL) {
			return Optional.empty();
		}
		List<Line> lines = this.portings.page(PortingQuery.rejectedOnes(), 0, SHOWN)
			.stream()
			.map((porting) -> new Line("home.rejectedPorting.text",
					new Object[] { porting.number() == null ? porting.sheetNumber() : porting.number(),
							porting.clientName(),
							new DefaultMessageSourceResolvable("porting.rejection." + porting.rejection()),
							porting.offerNumber() },
					"/contracted-offers/" + porting.contractedOfferId() + "#porting-" + porting.sheetNumber()))
			.toList();
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(new Panel("rejected-portings", "home.rejectedPorting.title", lines));
	}

}
