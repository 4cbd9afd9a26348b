package fr.openip.myopenip.mail;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import fr.openip.myopenip.shared.Role;

/**
 * Who may read the mail outbox: the one place its URL rules and menu ask.
 */
@Component("mailPermissions")
public class MailPermissions {

	/** Reading every mail the portal sent or will send: admins. */
	public boolean canReadOutbox(Authentication user) {
		return Role.any(user, Role.ADMIN);
	}

}
