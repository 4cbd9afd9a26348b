/**
 * "Tableau de bord": the pictures people look at — the order desk's open orders, its
 * backlog's age, its deliveries on time and its pilots; a reseller's recurring revenue
 * and margin month by month, its pipeline of quotes and its engagements ending soon; the
 * operator's staff, the same across resellers or for one. It draws what the order and
 * quote modules count ({@link fr.openip.myopenip.order.OrderFigures},
 * {@link fr.openip.myopenip.quote.QuoteFigures}) as accessible SVG charts with their
 * tables.
 */
@ApplicationModule(displayName = "Dashboards",
		allowedDependencies = { "order", "quote", "company", "shared", "shared :: web" })
package fr.openip.myopenip.dashboard;

import org.springframework.modulith.ApplicationModule;
