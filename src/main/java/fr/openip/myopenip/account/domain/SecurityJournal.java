package fr.openip.myopenip.account.domain;

import fr.openip.myopenip.account.CurrentUser;
import fr.openip.myopenip.account.PortalUser;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import fr.openip.myopenip.shared.AsThePortal;
import fr.openip.myopenip.shared.PortalClock;
import fr.openip.myopenip.shared.list.Pages;

/**
 * The security journal: logs each event (user, tenant, IP) and keeps it in a table the
 * admins read.
 */
@AsThePortal
@Service
public class SecurityJournal {

	private static final Logger log = LoggerFactory.getLogger("myopenip.security");

	private final SecurityEventRepository events;

	SecurityJournal(SecurityEventRepository events) {
		this.events = events;
	}

	/** Records an event done by the current user. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordByCurrentUser(SecurityEventType type, String detail) {
		PortalUser user = CurrentUser.find().orElse(null);
		record(type, user == null ? null : user.getUsername(), user == null ? null : user.getCompanyId(), detail);
	}

	/**
	 * Records an event about a user, from the IP of the current request if there is one.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(SecurityEventType type, String username, Long companyId, String detail) {
		String ip = currentIp();
		log.info("{} user={} tenant={} ip={} {}", type, username, companyId, ip, detail == null ? "" : detail);
		this.events.save(new SecurityEvent(PortalClock.now(), type, username, companyId, ip, detail));
	}

	@Transactional(readOnly = true)
	public Page<SecurityEvent> search(String username, SecurityEventType type, int page, int size) {
		Specification<SecurityEvent> spec = (root, query, cb) -> cb.conjunction();
		if (StringUtils.hasText(username)) {
			String pattern = username.trim().toLowerCase() + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("username")), pattern));
		}
		if (type != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
		}
		return this.events.findAll(spec, Pages.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
