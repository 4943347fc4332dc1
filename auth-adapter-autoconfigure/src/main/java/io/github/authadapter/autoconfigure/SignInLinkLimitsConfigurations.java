package io.github.authadapter.autoconfigure;

import javax.sql.DataSource;

import io.github.authadapter.LiveSignInLinks;
import io.github.authadapter.jpa.JpaLiveSignInLinks;
import io.github.authadapter.ratelimit.Bucket4jSignInLinkRateLimiter;
import io.github.authadapter.ratelimit.DatabaseRateLimitBuckets;
import io.github.authadapter.ratelimit.RateLimitKeys;
import io.github.authadapter.ratelimit.RedisSignInLinkRateLimiter;
import io.github.authadapter.ratelimit.SignInLinkRateLimiter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

/**
 * The limits on sign-in links that {@link AuthAdapterEmailAutoConfiguration} imports: the rate limits in Redis or in
 * the application's database, as {@code auth.adapter.email.rate-limit.store} chooses, and the cap on the links of one
 * address on the JPA store. The Redis configuration comes first, so that by default the database's backs off when it
 * applies.
 */
final class SignInLinkLimitsConfigurations {

	/**
	 * Spring Boot's auto-configuration of Redis, which defines the connection factory that the limits use.
	 */
	static final String DATA_REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure."
			+ "DataRedisAutoConfiguration";

	private static final String ENABLED = "auth.adapter.email.rate-limit.enabled";

	private static final String STORE = "auth.adapter.email.rate-limit.store";

	private static final String LETTUCE_CONNECTION_FACTORY = "org.springframework.data.redis.connection.lettuce."
			+ "LettuceConnectionFactory";

	private static final String BUCKET4J_LETTUCE = "io.github.bucket4j.redis.lettuce.Bucket4jLettuce";

	private SignInLinkLimitsConfigurations() {
	}

	private static RateLimitKeys rateLimitKeys(AuthAdapterSecurityProperties security, Environment environment) {
		return new RateLimitKeys(AuthAdapterSecret.resolve(security, environment, "the names of the rate limits"));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ProxyManager.class, Bucket4jLettuce.class, LettuceConnectionFactory.class })
	@ConditionalOnSingleCandidate(LettuceConnectionFactory.class)
	@ConditionalOnBooleanProperty(name = ENABLED, matchIfMissing = true)
	@Conditional(RedisOrAutoStore.class)
	static class RedisRateLimiterConfiguration {

		@Bean
		@ConditionalOnMissingBean(SignInLinkRateLimiter.class)
		RedisSignInLinkRateLimiter authAdapterSignInLinkRateLimiter(LettuceConnectionFactory connectionFactory,
				AuthAdapterEmailProperties properties, AuthAdapterSecurityProperties security, Environment environment) {
			AuthAdapterEmailProperties.RateLimit limits = properties.getRateLimit();
			return new RedisSignInLinkRateLimiter(connectionFactory, limits.getRedisKeyPrefix(),
					rateLimitKeys(security, environment),
					limits.getPerAddress().toRateLimit(), limits.getPerClient().toRateLimit());
		}

	}

	/**
	 * Stops the application when Redis is chosen but the limits cannot use it, rather than leaving sign-in links
	 * unlimited or counting them elsewhere.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = STORE, havingValue = "redis")
	@ConditionalOnBooleanProperty(name = ENABLED, matchIfMissing = true)
	static class RedisRequiredConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SignInLinkRateLimiter authAdapterSignInLinkRateLimiter(ResourceLoader resourceLoader) {
			throw new IllegalStateException(STORE + "=redis, but " + whyNotRedis(resourceLoader.getClassLoader())
					+ ". Or set " + STORE + "=database to keep the limits on sign-in links in the database.");
		}

		private static String whyNotRedis(@Nullable ClassLoader classLoader) {
			if (!ClassUtils.isPresent(LETTUCE_CONNECTION_FACTORY, classLoader)) {
				return "Spring Data Redis is not on the classpath: add spring-boot-starter-data-redis and set "
						+ "spring.data.redis.host (or spring.data.redis.url)";
			}
			if (!ClassUtils.isPresent(BUCKET4J_LETTUCE, classLoader)) {
				return "Bucket4j's Lettuce module is not on the classpath: add com.bucket4j:bucket4j_jdk17-lettuce, "
						+ "which auth-adapter-spring-boot-starter brings";
			}
			return "the application has no single LettuceConnectionFactory bean: spring-boot-starter-data-redis "
					+ "defines one from spring.data.redis.*, unless spring.data.redis.client-type=jedis chooses Jedis, "
					+ "which the limits cannot use";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ProxyManager.class)
	@ConditionalOnBean(DataSource.class)
	@ConditionalOnBooleanProperty(name = ENABLED, matchIfMissing = true)
	@Conditional(DatabaseOrAutoStore.class)
	static class DatabaseRateLimiterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		SignInLinkRateLimiter authAdapterSignInLinkRateLimiter(DataSource dataSource,
				AuthAdapterEmailProperties properties, AuthAdapterSecurityProperties security, Environment environment) {
			AuthAdapterEmailProperties.RateLimit limits = properties.getRateLimit();
			return new Bucket4jSignInLinkRateLimiter(DatabaseRateLimitBuckets.of(dataSource),
					rateLimitKeys(security, environment),
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

	/**
	 * {@code store} is {@code redis}, or {@code auto} or not set.
	 */
	static final class RedisOrAutoStore extends AnyNestedCondition {

		RedisOrAutoStore() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnProperty(name = STORE, havingValue = "redis")
		static final class Redis {

		}

		@ConditionalOnProperty(name = STORE, havingValue = "auto", matchIfMissing = true)
		static final class Auto {

		}

	}

	/**
	 * {@code store} is {@code database}, or {@code auto} or not set.
	 */
	static final class DatabaseOrAutoStore extends AnyNestedCondition {

		DatabaseOrAutoStore() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnProperty(name = STORE, havingValue = "database")
		static final class Database {

		}

		@ConditionalOnProperty(name = STORE, havingValue = "auto", matchIfMissing = true)
		static final class Auto {

		}

	}

}
