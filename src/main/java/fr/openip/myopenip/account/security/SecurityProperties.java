package fr.openip.myopenip.account.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login protection.
 *
 * @param maxFailedAttempts wrong passwords in a row before the account is locked
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("myopenip.security")
public record SecurityProperties(int maxFailedAttempts, Duration lockDuration) {

	public SecurityProperties {
		maxFailedAttempts = maxFailedAttempts <= 0 ? 5 : maxFailedAttempts;
		lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
	}

}
