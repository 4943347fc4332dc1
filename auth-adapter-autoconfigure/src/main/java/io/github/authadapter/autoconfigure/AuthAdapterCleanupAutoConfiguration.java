package io.github.authadapter.autoconfigure;


import io.github.authadapter.jpa.ExpiredRowsCleaner;
import io.github.authadapter.jpa.ExpiredRowsListener;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Auto-configuration of the scheduled deletion of expired sessions and verification tokens.
 */
@AutoConfiguration(after = AuthAdapterAutoConfiguration.class)
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManagerFactory.class })
@ConditionalOnBean({ EntityManagerFactory.class, PlatformTransactionManager.class })
@EnableConfigurationProperties(AuthAdapterProperties.class)
public final class AuthAdapterCleanupAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ExpiredRowsCleaner authAdapterExpiredRowsCleaner(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, AuthAdapterProperties properties,
			ObjectProvider<ExpiredRowsListener> listeners) {
		return new ExpiredRowsCleaner(entityManagerFactory, transactionManager,
				properties.getCleanup().getBatchSize(),
				(table, rows) -> listeners.orderedStream().forEach((listener) -> listener.deleted(table, rows)));
	}

	@Bean
	@Conditional(CleanupScheduledCondition.class)
	ExpiredRowsCleanup authAdapterExpiredRowsCleanup(ExpiredRowsCleaner cleaner, AuthAdapterProperties properties,
			AuthAdapterClock clock) {
		return new ExpiredRowsCleanup(cleaner, properties.getCleanup().getCron(), clock.clock());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		ExpiredRowsCounter authAdapterExpiredRowsCounter(ObjectProvider<MeterRegistry> meterRegistry) {
			return new ExpiredRowsCounter(meterRegistry);
		}

	}

	/**
	 * Matches unless {@code auth.adapter.cleanup.cron} is {@code -}, Spring's value for a disabled schedule.
	 */
	static class CleanupScheduledCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String cron = context.getEnvironment().getProperty("auth.adapter.cleanup.cron");
			if (Scheduled.CRON_DISABLED.equals(cron)) {
				return ConditionOutcome.noMatch("auth.adapter.cleanup.cron is '-'");
			}
			return ConditionOutcome.match("auth.adapter.cleanup.cron is not '-'");
		}

	}

}
