package fr.openip.myopenip.telephony;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code myopenip.telephony.*}.
 *
 * @param quarantine how long a number not kept stays unusable after its dissociation
 * @param quarantineCheckInterval how often the end of quarantines is looked for
 */
@ConfigurationProperties("myopenip.telephony")
public record TelephonyProperties(@DefaultValue("P3M") Period quarantine,
		@DefaultValue("1h") Duration quarantineCheckInterval) {
}
