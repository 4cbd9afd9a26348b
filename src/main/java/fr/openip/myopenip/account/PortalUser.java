package fr.openip.myopenip.account;

import fr.openip.myopenip.account.domain.UserAccount;

import fr.openip.myopenip.company.Companies.PartnerView;
import java.io.Serial;
import java.util.Collection;
import java.util.List;

import fr.openip.myopenip.shared.TenantPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import fr.openip.myopenip.shared.Role;

/**
 * The logged-in user as kept in the session: who, which role, which company (tenant).
 * Serializable, since sessions are stored in PostgreSQL.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, TenantPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String password;

	private final String fullName;

	private final String email;

	private final Role role;

	private final long companyId;

	private final String companyName;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	public PortalUser(UserAccount account, PartnerView company, boolean locked) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.password = account.getPasswordHash();
		this.fullName = account.getFullName();
		this.email = account.getEmail();
		this.role = account.getRole();
		this.companyId = company.id();
		this.companyName = company.name();
		this.enabled = account.isEnabled() && company.active();
		this.locked = locked;
		this.mustChangePassword = account.isMustChangePassword();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getEmail() {
		return this.email;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	public long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public Role getRole() {
		return this.role;
	}

	@Override
	public long getCompanyId() {
		return this.companyId;
	}

	@Override
	public boolean isTenantRestricted() {
		return this.role == Role.RESELLER;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser that && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.role + ", company " + this.companyId + "]";
	}

}
