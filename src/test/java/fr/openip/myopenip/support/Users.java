package fr.openip.myopenip.support;

import java.util.List;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import fr.openip.myopenip.shared.Role;
import fr.openip.myopenip.shared.TenantPrincipal;

/**
 * Logged-in users for plain unit tests of permission policies and of the tenant filter: a
 * role, a company, nothing from the database.
 */
public final class Users {

	private Users() {
	}

	/** A user of this role in this company; resellers see only their company's rows. */
	public static Authentication of(Role role, long companyId) {
		var principal = new TenantPrincipal() {
			@Override
			public long getCompanyId() {
				return companyId;
			}

			@Override
			public String getEmail() {
				return null;
			}

			@Override
			public boolean isTenantRestricted() {
				return role == Role.RESELLER;
			}
		};
		var authentication = new TestingAuthenticationToken(principal, null,
				List.of(new SimpleGrantedAuthority(role.authority())));
		authentication.setAuthenticated(true);
		return authentication;
	}

	public static Authentication of(Role role) {
		return of(role, 40_000L);
	}

}
