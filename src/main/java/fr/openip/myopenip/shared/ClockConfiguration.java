package fr.openip.myopenip.shared;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole portal, in Europe/Paris, so that tests can tell time: services
 * are given it, entities read it through {@link PortalClock}.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(PortalClock.PARIS);
	}

	/** The clock entities read: the portal's (a test's, when a test gives one). */
	@Bean
	SmartInitializingSingleton portalClockForEntities(ObjectProvider<Clock> clocks) {
		return () -> PortalClock.use(clocks.getObject());
	}

}
