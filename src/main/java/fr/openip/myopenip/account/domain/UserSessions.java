package fr.openip.myopenip.account.domain;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import fr.openip.myopenip.shared.AsThePortal;

/**
 * Ends the sessions of a user, on every instance, since sessions live in PostgreSQL.
 */
@AsThePortal
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	int endAllOf(String username) {
		var found = this.sessions.findByPrincipalName(username);
		found.keySet().forEach(this.sessions::deleteById);
		return found.size();
	}

}
