package fr.openip.myopenip.telephony;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.order.Orders.OrderView;
import fr.openip.myopenip.order.TestOrders;

/**
 * Delivered MetaCentrex OCs for tests, as the order desk would deliver them: each gives
 * its new client a service, its licences and numbers.
 */
@Component
public class TestServices {

	/** A service's ids as tests need them. */
	public record TestService(long id, long clientId, List<Long> licenceIds, OrderView order) {
	}

	private final TestOrders orders;

	private final JdbcTemplate jdbc;

	TestServices(TestOrders orders, JdbcTemplate jdbc) {
		this.orders = orders;
		this.jdbc = jdbc;
	}

	/**
	 * A delivered OC of {@code licences} "Licence MetaCentrex SDA simple" (each with its
	 * number) and {@code extraNumbers} "Numéro SDA supplémentaire", for a new client of
	 * the reseller.
	 */
	public TestService delivered(String resellerName, String clientName, int licences, int extraNumbers) {
		Map<String, Integer> basket = extraNumbers > 0
				? Map.of("Licence MetaCentrex SDA simple", licences, "Numéro SDA supplémentaire", extraNumbers)
				: Map.of("Licence MetaCentrex SDA simple", licences);
		OrderView order = this.orders.place(resellerName, clientName, "Com'Unifiées MetaCentrex", basket);
		this.orders.deliver(order);
		long id = this.jdbc.queryForObject("select id from telephony_service where contracted_offer_id = ?", Long.class,
				order.contractedOfferId());
		long clientId = this.jdbc.queryForObject("select client_id from telephony_service where id = ?", Long.class,
				id);
		List<Long> licenceIds = this.jdbc.queryForList("select id from licence where service_id = ? order by id",
				Long.class, id);
		return new TestService(id, clientId, licenceIds, order);
	}

	/** The free numbers of the client's pool, by number. */
	public List<Long> freeNumbers(long clientId) {
		return this.jdbc.queryForList(
				"select id from phone_number where client_id = ? and state = 'FREE' order by number", Long.class,
				clientId);
	}

	/** Gives the licence a user and the number, straight in the database. */
	public void give(long licenceId, String lastName, long numberId) {
		this.jdbc.update("update licence set user_last_name = ?, user_first_name = 'Test', version = version + 1"
				+ " where id = ?", lastName, licenceId);
		this.jdbc.update("update phone_number set state = 'ASSIGNED', licence_id = ? where id = ?", licenceId,
				numberId);
	}

	public String numberState(long numberId) {
		return this.jdbc.queryForObject("select state from phone_number where id = ?", String.class, numberId);
	}

	public Long numberOf(long licenceId) {
		return this.jdbc.query("select id from phone_number where licence_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : null, licenceId);
	}

}
