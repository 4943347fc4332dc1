package io.github.authadapter.autoconfigure;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.github.authadapter.email.EmailAddress;
import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.ratelimit.Bucket4jSignInLinkRateLimiter;
import io.github.authadapter.ratelimit.RedisSignInLinkRateLimiter;
import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.ratelimit.SignInLinkRateLimiter;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the choice of the store of the limits on sign-in links, {@code auth.adapter.email.rate-limit.store}, with
 * Spring Boot's own Redis auto-configuration. The tests that count in Redis use the server at 127.0.0.1:6379 under a
 * key prefix of their own, and are skipped without it unless {@code authadapter.requireDatabases} is set.
 */
class RateLimitStoreAutoConfigurationTests {

	private static final String REDIS_HOST = "127.0.0.1";

	private static final int REDIS_PORT = 6379;

	/**
	 * A prefix of this run's own, so that no key of another run counts, and the keys can be deleted afterwards.
	 */
	private static final String KEY_PREFIX = "auth-adapter-test:" + UUID.randomUUID() + ":";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, MailSenderAutoConfiguration.class,
				AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
				"auth.adapter.url=https://app.example", "spring.data.redis.url=" + redisUrl(REDIS_PORT),
				"auth.adapter.email.rate-limit.redis-key-prefix=" + KEY_PREFIX)
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	private final WebApplicationContextRunner withRedis = this.contextRunner
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class));

	private static RedisClient redisClient;

	private static @Nullable StatefulRedisConnection<String, String> redis;

	@BeforeAll
	static void connectToRedis() {
		redisClient = RedisClient.create(redisUrl(REDIS_PORT));
		try {
			redis = redisClient.connect();
		}
		catch (RedisConnectionException ex) {
			redis = null;
		}
	}

	@AfterAll
	static void deleteThisRunsKeys() {
		if (redis != null) {
			List<String> keys = redis.sync().keys(KEY_PREFIX + "*");
			if (!keys.isEmpty()) {
				redis.sync().del(keys.toArray(String[]::new));
			}
			redis.close();
		}
		redisClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
	}

	@Test
	void keepsTheCountsInRedisByDefaultWhenTheApplicationHasRedis() {
		this.withRedis.run((context) -> assertThat(context).hasSingleBean(SignInLinkRateLimiter.class)
			.hasSingleBean(RedisSignInLinkRateLimiter.class));
	}

	@Test
	void keepsTheCountsInTheDatabaseByDefaultWithoutRedis() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SignInLinkRateLimiter.class)
			.doesNotHaveBean(RedisSignInLinkRateLimiter.class)
			.getBean(SignInLinkRateLimiter.class)
			.isExactlyInstanceOf(Bucket4jSignInLinkRateLimiter.class));
	}

	@Test
	void keepsTheCountsInTheDatabaseByDefaultWithoutSpringDataRedisOnTheClasspath() {
		this.withRedis.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.run((context) -> assertThat(context).hasSingleBean(SignInLinkRateLimiter.class)
				.getBean(SignInLinkRateLimiter.class)
				.isExactlyInstanceOf(Bucket4jSignInLinkRateLimiter.class));
	}

	@Test
	void keepsTheCountsInTheDatabaseWhenChosenAlthoughTheApplicationHasRedis() {
		this.withRedis.withPropertyValues("auth.adapter.email.rate-limit.store=database").run((context) -> {
			assertThat(context).hasSingleBean(SignInLinkRateLimiter.class)
				.getBean(SignInLinkRateLimiter.class)
				.isExactlyInstanceOf(Bucket4jSignInLinkRateLimiter.class);
			send(context, "database@example.com", "192.0.2.1");
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("SELECT COUNT(*) FROM auth_adapter_rate_limits", Integer.class)).isEqualTo(2);
		});
	}

	@Test
	void countsInRedisWhenChosenWithKeysThatNameNoAddressAndExpire() {
		RedisCommands<String, String> redis = assumeRedis();
		this.withRedis.withPropertyValues("auth.adapter.email.rate-limit.store=REDIS").run((context) -> {
			assertThat(context).hasSingleBean(RedisSignInLinkRateLimiter.class);
			for (int i = 0; i < 3; i++) {
				send(context, "redis@example.com", "192.0.2." + (i + 1));
			}
			assertThatExceptionOfType(SignInLinkRateLimitException.class)
				.isThrownBy(() -> send(context, "redis@example.com", "192.0.2.9"))
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).isPositive()
					.isLessThanOrEqualTo(Duration.ofMinutes(10)));
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("SELECT COUNT(*) FROM auth_adapter_rate_limits", Integer.class)).isZero();
			List<String> keys = redis.keys(KEY_PREFIX + "*");
			// One bucket for the address and one for each of the four clients.
			assertThat(keys).hasSize(5)
				.noneMatch((key) -> key.contains("redis@") || key.contains("192.0.2"))
				.allMatch((key) -> key.matches("\\Q" + KEY_PREFIX + "\\E(address|client):[0-9a-f]{64}"));
			for (String key : keys) {
				assertThat(redis.pttl(key)).as("time to live of " + key)
					.isPositive()
					.isLessThanOrEqualTo(Duration.ofMinutes(10).toMillis());
			}
		});
	}

	@Test
	void answersAnUnreachableRedisWithSpringsConnectionFailure() throws IOException {
		this.withRedis.withPropertyValues("spring.data.redis.url=" + redisUrl(closedPort())).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(RedisSignInLinkRateLimiter.class);
			assertThatExceptionOfType(RedisConnectionFailureException.class)
				.isThrownBy(() -> send(context, "unreachable@example.com", "192.0.2.1"))
				.withMessageStartingWith("Redis, which keeps the limits on sign-in links, is unavailable")
				.withMessageNotContaining("unreachable@example.com")
				.withRootCauseInstanceOf(java.net.ConnectException.class)
				.havingCause()
				.isInstanceOf(RedisConnectionException.class);
			assertThat(liveLinks(context, "unreachable@example.com")).isZero();
		});
	}

	@Test
	void refusesToStartWhenRedisIsChosenWithoutAConnectionFactory() {
		this.contextRunner.withPropertyValues("auth.adapter.email.rate-limit.store=redis")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("auth.adapter.email.rate-limit.store=redis, but the application has no single "
						+ "LettuceConnectionFactory bean")
				.hasMessageContaining("auth.adapter.email.rate-limit.store=database"));
	}

	@Test
	void refusesToStartWhenRedisIsChosenWithoutSpringDataRedis() {
		this.withRedis.withPropertyValues("auth.adapter.email.rate-limit.store=redis")
			.withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("Spring Data Redis is not on the classpath: add spring-boot-starter-data-redis"));
	}

	@Test
	void refusesToStartWhenRedisIsChosenWithoutBucket4jsLettuceModule() {
		this.withRedis.withPropertyValues("auth.adapter.email.rate-limit.store=redis")
			.withClassLoader(new FilteredClassLoader(Bucket4jLettuce.class))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("add com.bucket4j:bucket4j_jdk17-lettuce"));
	}

	@Test
	void refusesToStartWithAnUnknownStore() {
		this.withRedis.withPropertyValues("auth.adapter.email.rate-limit.store=memcached")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("Failed to bind properties under 'auth.adapter.email.rate-limit.store'"));
	}

	@Test
	void needsNoRedisWhenTheLimitsAreOffOrTheApplicationHasItsOwnLimiter() {
		this.contextRunner
			.withPropertyValues("auth.adapter.email.rate-limit.store=redis",
					"auth.adapter.email.rate-limit.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SignInLinkRateLimiter.class));
		SignInLinkRateLimiter own = SignInLinkRateLimiter.none();
		this.contextRunner.withPropertyValues("auth.adapter.email.rate-limit.store=redis")
			.withBean("ownLimiter", SignInLinkRateLimiter.class, () -> own)
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(SignInLinkRateLimiter.class)
				.isSameAs(own));
	}

	private static void send(AssertableWebApplicationContext context, String address, String client) {
		context.getBean(EmailSignIn.class).sendLink(EmailAddress.parse(address), client, "http://localhost", "/");
	}

	private static int liveLinks(AssertableWebApplicationContext context, String address) {
		return new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject(
				"SELECT COUNT(*) FROM verification_token WHERE identifier = ?", Integer.class, address);
	}

	/**
	 * The address of Redis on the port, as a URL, which takes precedence over any host and port that the caller's
	 * environment sets.
	 */
	private static String redisUrl(int port) {
		return "redis://" + REDIS_HOST + ":" + port;
	}

	/**
	 * A port on which nothing listens: one that was free a moment ago.
	 */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static RedisCommands<String, String> assumeRedis() {
		if (redis != null) {
			return redis.sync();
		}
		String reason = "Redis is not reachable at " + REDIS_HOST + ":" + REDIS_PORT + ". Start it.";
		if (Boolean.getBoolean("authadapter.requireDatabases")) {
			throw new IllegalStateException(reason + " (authadapter.requireDatabases is set, so this fails)");
		}
		Assumptions.abort(reason);
		throw new AssertionError("not reached");
	}

}
