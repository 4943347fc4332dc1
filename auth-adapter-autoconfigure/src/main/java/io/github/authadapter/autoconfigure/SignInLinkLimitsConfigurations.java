package io.github.authadapter.autoconfigure;

import javax.sql.DataSource;

import io.github.authadapter.LiveSignInLinks;
import io.github.authadapter.jpa.JpaLiveSignInLinks;
import io.github.authadapter.ratelimit.Bucket4jSignInLinkRateLimiter;
import io.github.authadapter.ratelimit.DatabaseRateLimitBuckets;
import io.github.authadapter.ratelimit.SignInLinkRateLimiter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The limits on sign-in links that {@link AuthAdapterEmailAutoConfiguration} imports: the rate limits in the
 * application's database, and the cap on the links of one address on the JPA store.
 */
final class SignInLinkLimitsConfigurations {

	private SignInLinkLimitsConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ProxyManager.class)
	@ConditionalOnBean(DataSource.class)
	@ConditionalOnBooleanProperty(name = "auth.adapter.email.rate-limit.enabled", matchIfMissing = true)
	static class DatabaseRateLimiterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SignInLinkRateLimiter authAdapterSignInLinkRateLimiter(DataSource dataSource,
				AuthAdapterEmailProperties properties) {
			AuthAdapterEmailProperties.RateLimit limits = properties.getRateLimit();
			return new Bucket4jSignInLinkRateLimiter(DatabaseRateLimitBuckets.of(dataSource),
					limits.getPerAddress().toRateLimit(), limits.getPerClient().toRateLimit());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(EntityManagerFactory.class)
	@ConditionalOnBean({ EntityManagerFactory.class, PlatformTransactionManager.class })
	static class JpaLiveSignInLinksConfiguration {

		@Bean
		@ConditionalOnMissingBean(LiveSignInLinks.class)
		JpaLiveSignInLinks authAdapterLiveSignInLinks(EntityManagerFactory entityManagerFactory,
				PlatformTransactionManager transactionManager) {
			return new JpaLiveSignInLinks(entityManagerFactory, transactionManager);
		}

	}

}
