package fr.openip.myopenip.order;

import java.util.List;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.support.DemoUsers;
import fr.openip.myopenip.support.Logins;
import fr.openip.myopenip.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every end state through the order desk's screens, on one sheet and on several: the
 * order's and the OC's état follow (all cancelled or impossible: Annulée; some delivered
 * and the rest cancelled: Livrée), and a failed appointment is planned again.
 */
@PortalIntegrationTest
class EndStatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Logins logins;

	@Autowired
	TestOrders orders;

	@Autowired
	JdbcTemplate jdbc;

	private List<Long> sheets(long orderId) {
		return this.jdbc.queryForList("select id from ordered_sheet where order_id = ? order by id", Long.class,
				orderId);
	}

	private String orderState(long orderId) {
		return this.jdbc.queryForObject("select state from customer_order where id = ?", String.class, orderId);
	}

	private String ocState(OrderView order) {
		return this.jdbc.queryForObject("select state from contracted_offer where id = ?", String.class,
				order.contractedOfferId());
	}

	private List<String> sheetStates(long orderId) {
		return this.jdbc.queryForList("select state from ordered_sheet where order_id = ? order by id", String.class,
				orderId);
	}

	private void take(long orderId) throws Exception {
		this.mvc.perform(post("/orders/{id}/take", orderId).with(csrf()).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * "Appliquer aux fiches sélectionnées" with their current versions, as the page does.
	 */
	private void move(long orderId, List<Long> sheetIds, String state) throws Exception {
		this.mvc.perform(DeskMoves.move(this.jdbc, orderId, sheetIds, state).with(this.logins.as(DemoUsers.ADV)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void everySheetCancelledCancelsTheOrderAndItsOc() throws Exception {
		OrderView order = this.orders.forAlpha("Fin Annulée", 2);
		take(order.id());
		move(order.id(), sheets(order.id()), "CANCELLED");
		assertThat(sheetStates(order.id())).containsOnly("CANCELLED");
		assertThat(orderState(order.id())).isEqualTo("CANCELLED");
		assertThat(ocState(order)).isEqualTo("CANCELLED");
	}

	@Test
	void oneSheetCancelledLeavesTheOrderOpenUntilTheOtherEnds() throws Exception {
		OrderView order = this.orders.forAlpha("Fin Une Annulée", 2);
		List<Long> sheets = sheets(order.id());
		take(order.id());
		move(order.id(), sheets.subList(0, 1), "CANCELLED");
		assertThat(orderState(order.id())).isEqualTo("IN_PROGRESS");
		move(order.id(), sheets.subList(1, 2), "IN_PROGRESS");
		move(order.id(), sheets.subList(1, 2), "DELIVERED");
		// some delivered, the rest cancelled: delivered
		assertThat(sheetStates(order.id())).containsExactly("CANCELLED", "DELIVERED");
		assertThat(orderState(order.id())).isEqualTo("DELIVERED");
		assertThat(ocState(order)).isEqualTo("DELIVERED");
	}

	@Test
	void deliveryImpossibleOnEverySheetCancelsTheOrder() throws Exception {
		OrderView order = this.orders.forAlpha("Fin Impossible", 2);
		List<Long> sheets = sheets(order.id());
		take(order.id());
		move(order.id(), sheets.subList(0, 1), "DELIVERY_IMPOSSIBLE");
		move(order.id(), sheets.subList(1, 2), "CANCELLED");
		assertThat(sheetStates(order.id())).containsExactly("DELIVERY_IMPOSSIBLE", "CANCELLED");
		assertThat(orderState(order.id())).isEqualTo("CANCELLED");
		assertThat(ocState(order)).isEqualTo("CANCELLED");
	}

	@Test
	void aFailedAppointmentIsPlannedAgainThenDelivered() throws Exception {
		OrderView order = this.orders.forAlpha("Fin RDV Manqué", 1);
		List<Long> sheets = sheets(order.id());
		take(order.id());
		for (String state : List.of("IN_PROGRESS", "APPOINTMENT_PLANNED", "APPOINTMENT_FAILED", "APPOINTMENT_PLANNED",
				"DELIVERING", "DELIVERED")) {
			move(order.id(), sheets, state);
			assertThat(sheetStates(order.id())).as(state).containsExactly(state);
		}
		assertThat(orderState(order.id())).isEqualTo("DELIVERED");
		assertThat(ocState(order)).isEqualTo("DELIVERED");
	}

}
