package fr.openip.myopenip.order.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.order.OrderPermissions;
import fr.openip.myopenip.order.domain.OrderDelays;
import fr.openip.myopenip.shared.web.HomePanel;

/**
 * On the home page, "Commandes en retard": the open orders past their due date the user
 * sees (a reseller its own, the order desk and the staff all), the longest late first,
 * and a link to all of them in "Commandes".
 */
@Component
class LateOrdersPanel implements HomePanel {

	private static final int LISTED = 5;

	private final OrderDelays delays;

	private final OrderPermissions permissions;

	LateOrdersPanel(OrderDelays delays, OrderPermissions permissions) {
		this.delays = delays;
		this.permissions = permissions;
	}

	@Override
	public Optional<Panel> panelFor(Authentication user) {
		if (!this.permissions.canSee(user)) {
			return Optional.empty();
		}
		List<Line> lines = new ArrayList<>(this.delays.late(LISTED)
			.stream()
			.map((late) -> new Line("home.late.text",
					new Object[] { late.number() + " · " + late.clientName(), late.workingDaysLate() },
					"/orders/" + late.id()))
			.toList());
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		lines.add(new Line("home.late.all", new Object[0], "/orders?delay=LATE&sort=due&dir=asc"));
		return Optional.of(new Panel("late-orders", "home.late.title", lines));
	}

}
