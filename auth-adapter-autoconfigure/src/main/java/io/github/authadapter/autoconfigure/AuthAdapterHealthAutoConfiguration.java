package io.github.authadapter.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code authAdapter} health indicator, which reports the version of the Auth.js tables,
 * when Spring Boot's health support (as in Actuator) is present.
 */
@AutoConfiguration(after = AuthAdapterAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(AuthAdapterSchemaInitializer.class)
@ConditionalOnEnabledHealthIndicator("authadapter")
public final class AuthAdapterHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "authAdapterHealthIndicator")
	AuthAdapterSchemaHealthIndicator authAdapterHealthIndicator(AuthAdapterSchemaInitializer schema) {
		return new AuthAdapterSchemaHealthIndicator(schema);
	}

}
