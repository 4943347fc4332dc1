package io.github.authadapter.autoconfigure;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one definition of the starter's clock, imported by the auto-configurations that need it: with the JPA adapter,
 * and with an application's own adapter, which leaves the JPA auto-configuration off.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuthAdapterClock authAdapterClock() {
		return new AuthAdapterClock(Clock.systemUTC());
	}

}
