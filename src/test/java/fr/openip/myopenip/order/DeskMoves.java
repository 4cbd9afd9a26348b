package fr.openip.myopenip.order;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The order desk's "Appliquer aux fiches sélectionnées" as its page posts it: each sheet
 * selected with the version the page showed (read from the database), and the new state.
 */
final class DeskMoves {

	private DeskMoves() {
	}

	static MockHttpServletRequestBuilder move(JdbcTemplate jdbc, long orderId, List<Long> sheetIds, String state) {
		MockHttpServletRequestBuilder request = post("/orders/{id}/sheets", orderId).with(csrf());
		if (state != null) {
			request.param("state", state);
		}
		for (long sheet : sheetIds) {
			request.param("sheet", String.valueOf(sheet))
				.param("version[" + sheet + "]", String
					.valueOf(jdbc.queryForObject("select version from ordered_sheet where id = ?", Long.class, sheet)));
		}
		return request;
	}

	/** Every sheet of the order. */
	static MockHttpServletRequestBuilder moveAll(JdbcTemplate jdbc, long orderId, String state) {
		return move(jdbc, orderId,
				jdbc.queryForList("select id from ordered_sheet where order_id = ? order by id", Long.class, orderId),
				state);
	}

}
