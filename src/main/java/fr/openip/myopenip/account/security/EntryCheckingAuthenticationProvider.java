package fr.openip.myopenip.account.security;

import fr.openip.myopenip.account.PortalUser;
import fr.openip.myopenip.account.domain.LoginEntry;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks the password, then that the user came through the entry of their role: resellers
 * through "Revendeur", the operator's staff through "MB / Opérateur". A wrong entry fails
 * like a wrong password, so the login page never tells which accounts exist.
 */
class EntryCheckingAuthenticationProvider extends DaoAuthenticationProvider {

	EntryCheckingAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		super(users);
		setPasswordEncoder(passwordEncoder);
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails userDetails,
			UsernamePasswordAuthenticationToken authentication) {
		super.additionalAuthenticationChecks(userDetails, authentication);
		if (userDetails instanceof PortalUser user && authentication.getDetails() instanceof LoginDetails details
				&& LoginEntry.of(user.getRole()) != details.getEntry()) {
			throw new BadCredentialsException("wrong entry");
		}
	}

}
