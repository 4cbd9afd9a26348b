package fr.openip.myopenip.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of a user, on every instance, since sessions live in PostgreSQL.
 */
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
