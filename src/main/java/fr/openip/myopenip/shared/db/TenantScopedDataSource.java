package fr.openip.myopenip.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import fr.openip.myopenip.shared.TenantFilter;

/**
 * Second wall of tenant isolation, beneath the Hibernate filter: every connection handed
 * out carries the tenant of the current user. A reseller's connection acts as role
 * {@value #TENANT_ROLE}, its company in the setting {@value #TENANT_SETTING}, so that
 * PostgreSQL's row-level security (migration V4) lets through only that reseller's rows,
 * whatever the SQL. The operator's staff and the portal's own work (start-up, scheduled
 * jobs) act as the connecting role, which sees every row. Both are set again at every
 * checkout, so nothing carries over from one user to the next through the pool.
 */
class TenantScopedDataSource extends DelegatingDataSource {

	static final String TENANT_ROLE = "myopenip_tenant";

	static final String TENANT_SETTING = "myopenip.tenant";

	private static final String SCOPE = "select set_config('role', ?, false), set_config('" + TENANT_SETTING
			+ "', ?, false)";

	TenantScopedDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return scoped(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return scoped(super.getConnection(username, password));
	}

	private static Connection scoped(Connection connection) throws SQLException {
		long tenant = TenantFilter.currentTenant();
		boolean restricted = tenant != TenantFilter.ALL;
		try (PreparedStatement scope = connection.prepareStatement(SCOPE)) {
			scope.setString(1, restricted ? TENANT_ROLE : "none");
			scope.setString(2, restricted ? Long.toString(tenant) : "");
			scope.execute();
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

}
