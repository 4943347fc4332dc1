package io.github.authadapter.autoconfigure;

import java.time.Duration;
import java.util.UUID;

import io.github.authadapter.LiveSignInLinks;
import io.github.authadapter.email.EmailAddress;
import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.jpa.JpaLiveSignInLinks;
import io.github.authadapter.ratelimit.Bucket4jSignInLinkRateLimiter;
import io.github.authadapter.ratelimit.DatabaseRateLimitBuckets;
import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.ratelimit.SignInLinkRateLimiter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the limits on sign-in links that {@link AuthAdapterEmailAutoConfiguration} configures, on H2.
 */
class SignInLinkLimitsAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, MailSenderAutoConfiguration.class,
				AuthAdapterSecurityAutoConfiguration.class, AuthAdapterEmailAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
				"auth.adapter.url=https://app.example")
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	@Test
	void limitsLinksInTheDatabaseAndCapsLiveLinksByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Bucket4jSignInLinkRateLimiter.class)
				.hasSingleBean(JpaLiveSignInLinks.class);
			AuthAdapterEmailProperties properties = context.getBean(AuthAdapterEmailProperties.class);
			assertThat(properties.getMaxLiveLinks()).isEqualTo(3);
			assertThat(properties.getRateLimit().isEnabled()).isTrue();
			assertThat(properties.getRateLimit().getPerAddress().getCapacity()).isEqualTo(3);
			assertThat(properties.getRateLimit().getPerAddress().getPeriod()).isEqualTo(Duration.ofMinutes(10));
			assertThat(properties.getRateLimit().getPerClient().getCapacity()).isEqualTo(20);
			assertThat(properties.getRateLimit().getPerClient().getPeriod()).isEqualTo(Duration.ofMinutes(10));
			for (int i = 0; i < 3; i++) {
				send(context, "default@example.com", "192.0.2.1");
			}
			assertThatExceptionOfType(SignInLinkRateLimitException.class)
				.isThrownBy(() -> send(context, "default@example.com", "192.0.2.2"))
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).isPositive()
					.isLessThanOrEqualTo(Duration.ofMinutes(10)));
			assertThat(liveLinks(context, "default@example.com")).isEqualTo(3);
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("SELECT COUNT(*) FROM auth_adapter_rate_limits", Integer.class)).isEqualTo(3);
		});
	}

	@Test
	void takesTheLimitsAndTheCapFromProperties() {
		this.contextRunner
			.withPropertyValues("auth.adapter.email.rate-limit.per-address.capacity=2",
					"auth.adapter.email.rate-limit.per-address.period=1h",
					"auth.adapter.email.rate-limit.per-client.capacity=3",
					"auth.adapter.email.rate-limit.per-client.period=2h", "auth.adapter.email.max-live-links=1")
			.run((context) -> {
				send(context, "a@example.com", "192.0.2.1");
				send(context, "a@example.com", "192.0.2.2");
				assertThat(liveLinks(context, "a@example.com")).isOne();
				assertThatExceptionOfType(SignInLinkRateLimitException.class)
					.isThrownBy(() -> send(context, "a@example.com", "192.0.2.3"))
					.satisfies((ex) -> assertThat(ex.getRetryAfter()).isGreaterThan(Duration.ofMinutes(50)));
				send(context, "b@example.com", "192.0.2.9");
				send(context, "c@example.com", "192.0.2.9");
				send(context, "d@example.com", "192.0.2.9");
				assertThatExceptionOfType(SignInLinkRateLimitException.class)
					.isThrownBy(() -> send(context, "e@example.com", "192.0.2.9"))
					.satisfies((ex) -> assertThat(ex.getRetryAfter()).isGreaterThan(Duration.ofMinutes(110)));
			});
	}

	@Test
	void sendsEveryLinkWhenTheRateLimitIsDisabled() {
		this.contextRunner.withPropertyValues("auth.adapter.email.rate-limit.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(SignInLinkRateLimiter.class);
			for (int i = 0; i < 5; i++) {
				send(context, "unlimited@example.com", "192.0.2.1");
			}
			assertThat(liveLinks(context, "unlimited@example.com")).isEqualTo(3);
		});
	}

	@Test
	void sendsEveryLinkWithoutBucket4jOnTheClasspath() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ProxyManager.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(SignInLinkRateLimiter.class);
			for (int i = 0; i < 4; i++) {
				send(context, "no-bucket4j@example.com", "192.0.2.1");
			}
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnLimiterAndStore() {
		SignInLinkRateLimiter refuseAll = (address, client) -> {
			throw new SignInLinkRateLimitException("application's", Duration.ofSeconds(7));
		};
		this.contextRunner.withBean("appLimiter", SignInLinkRateLimiter.class, () -> refuseAll)
			.withBean("appLiveLinks", LiveSignInLinks.class, LiveSignInLinks::uncapped)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(Bucket4jSignInLinkRateLimiter.class)
					.doesNotHaveBean(JpaLiveSignInLinks.class);
				assertThatExceptionOfType(SignInLinkRateLimitException.class)
					.isThrownBy(() -> send(context, "own@example.com", "192.0.2.1"));
			});
	}

	@Test
	void refusesToStartWithACapacityBelowOne() {
		this.contextRunner.withPropertyValues("auth.adapter.email.rate-limit.per-address.capacity=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("capacity of a rate limit must be at least 1"));
	}

	@Test
	void refusesToStartWithoutTheTableNamingTheDdlToRun() {
		SimpleDriverDataSource empty = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		assertThatIllegalStateException().isThrownBy(() -> DatabaseRateLimitBuckets.of(empty))
			.withMessageContaining("CREATE TABLE auth_adapter_rate_limits")
			.withMessageContaining("auth.adapter.email.rate-limit.enabled=false");
	}

	private static void send(AssertableWebApplicationContext context, String address, String client) {
		context.getBean(EmailSignIn.class).sendLink(EmailAddress.parse(address), client, "http://localhost", "/");
	}

	private static int liveLinks(AssertableWebApplicationContext context, String address) {
		return new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject(
				"SELECT COUNT(*) FROM verification_token WHERE identifier = ?", Integer.class, address);
	}

}
